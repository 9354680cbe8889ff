// almanac report: draw the Vega-Lite charts and make the tables sortable. No network, no eval of page text.
(function () {
  "use strict";
  var root = document.documentElement;

  // Charts: every element with data-chart names a spec in the JSON block.
  var specs = JSON.parse(document.getElementById("almanac-specs").textContent);
  var charts = Array.prototype.slice.call(document.querySelectorAll("[data-chart]"));
  var pending = charts.length;
  var failed = 0;
  root.setAttribute("data-charts-total", String(charts.length));
  root.setAttribute("data-charts-state", charts.length ? "drawing" : "none");

  function settled() {
    pending -= 1;
    if (pending === 0) {
      root.setAttribute("data-charts-state", failed ? "failed" : "drawn");
    }
  }

  charts.forEach(function (element) {
    var spec = specs[element.getAttribute("data-chart")];
    window.vegaEmbed(element, spec, { actions: false, renderer: "svg", mode: "vega-lite" })
      .then(function () {
        element.setAttribute("data-drawn", "true");
        settled();
      })
      .catch(function (error) {
        failed += 1;
        element.classList.add("chart-error");
        element.textContent = "This chart could not be drawn: " + (error && error.message ? error.message : error);
        console.error(error);
        settled();
      });
  });

  // Sortable tables: click (or Enter on) a header; empty cells always sort last; ties keep table order.
  function sortKey(row, column, numeric) {
    var cell = row.cells[column];
    if (!cell) return null;
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (raw === "") return null;
    if (numeric) {
      var number = parseFloat(raw);
      return isNaN(number) ? null : number;
    }
    return raw.toLowerCase();
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    Array.prototype.forEach.call(body.rows, function (row, index) { row.setAttribute("data-order", String(index)); });
    Array.prototype.forEach.call(headers, function (header, column) {
      header.tabIndex = 0;
      header.classList.add("sort-header");
      var numeric = header.getAttribute("data-type") === "number";
      function sortBy() {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (left, right) {
          var a = sortKey(left, column, numeric);
          var b = sortKey(right, column, numeric);
          var order = Number(left.getAttribute("data-order")) - Number(right.getAttribute("data-order"));
          if (a === null || b === null) return a === b ? order : (a === null ? 1 : -1);
          if (a < b) return ascending ? -1 : 1;
          if (a > b) return ascending ? 1 : -1;
          return order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener("click", sortBy);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          sortBy();
        }
      });
    });
  });
})();
