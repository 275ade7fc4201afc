// Siyu handbook: small enhancements only; every handbook page reads and prints fine without this file.
(function () {
  "use strict";

  // On a phone the handbook's contents start folded, so the page opens on the playbook itself.
  var nav = document.querySelector("details.sidebar-wrap");
  if (nav && window.matchMedia && window.matchMedia("(max-width: 860px)").matches) nav.open = false;

  // The print edition's button.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Before printing, open every folded part so nothing is left out of the PDF.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (details) { details.open = true; });
  });

  // The side table of contents follows the reader: the heading last scrolled past is marked.
  var toc = document.querySelector(".toc-side");
  if (!toc) return;
  var links = Array.prototype.slice.call(toc.querySelectorAll("a[href^='#']"));
  var targets = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  });
  var scheduled = false;
  function mark() {
    scheduled = false;
    var current = 0, line = window.innerHeight * 0.3;
    targets.forEach(function (target, n) {
      if (target && target.getBoundingClientRect().top < line) current = n;
    });
    links.forEach(function (link, n) {
      if (n === current) link.setAttribute("aria-current", "location"); else link.removeAttribute("aria-current");
    });
  }
  window.addEventListener("scroll", function () {
    if (!scheduled) { scheduled = true; window.requestAnimationFrame(mark); }
  }, { passive: true });
  mark();
})();
