// Siyu: small enhancements only. Every page reads fine without this file.
(function () {
  "use strict";
  // Sortable tables: click (or Enter on) a column header of a table marked data-sortable.
  document.querySelectorAll("table[data-sortable] thead th").forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); th.click(); }
    });
    th.addEventListener("click", function () {
      var table = th.closest("table");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      rows.sort(function (a, b) {
        var x = a.cells[index].getAttribute("data-value") || a.cells[index].textContent;
        var y = b.cells[index].getAttribute("data-value") || b.cells[index].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var result = isNaN(nx) || isNaN(ny) ? x.localeCompare(y, "zh-CN") : nx - ny;
        return ascending ? result : -result;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();

// Dashboards: chart tooltips and the print button. Charts already carry native <title> tooltips; this only
// shows the same text (data-tip) in a styled box that follows the pointer.
(function () {
  "use strict";
  var tip = null;
  function show(target, x, y) {
    var text = target.getAttribute("data-tip");
    if (!text) { return; }
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "chart-tip";
      tip.setAttribute("role", "status");
      document.body.appendChild(tip);
    }
    var lines = text.split("\n");
    tip.textContent = "";
    lines.forEach(function (line, index) {
      var part = document.createElement(index === 0 ? "strong" : "span");
      part.textContent = index === 0 || index === lines.length - 1 ? line : line + "\n";
      tip.appendChild(part);
    });
    tip.hidden = false;
    var box = tip.getBoundingClientRect();
    var left = Math.min(x + 14, window.innerWidth - box.width - 8);
    var top = y - box.height - 12 < 8 ? y + 16 : y - box.height - 12;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }
  function hide() { if (tip) { tip.hidden = true; } }
  // The styled tooltip replaces the native one, which would otherwise show as well.
  document.querySelectorAll("svg.chart [data-tip] > title").forEach(function (title) { title.remove(); });
  document.addEventListener("pointermove", function (event) {
    var target = event.target.closest ? event.target.closest("svg.chart [data-tip]") : null;
    if (target) { show(target, event.clientX, event.clientY); } else { hide(); }
  });
  document.addEventListener("pointerleave", hide);
  document.addEventListener("scroll", hide, { passive: true });
  // On a narrow screen the tab strip scrolls; bring the current page's tab into view (without moving the page).
  var nav = document.querySelector(".topnav");
  var current = nav && nav.querySelector("[aria-current=page]");
  if (nav && current && nav.scrollWidth > nav.clientWidth) {
    nav.scrollLeft = current.offsetLeft - nav.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
