// Siyu: small enhancements only. Every page reads fine without this file.
(function () {
  "use strict";
  // Sortable tables: click a header of a table marked data-sortable.
  document.querySelectorAll("table[data-sortable] th").forEach(function (th, column) {
    th.tabIndex = 0;
    th.addEventListener("click", function () {
      var table = th.closest("table");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
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
