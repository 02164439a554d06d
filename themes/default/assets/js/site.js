// Progressive enhancement only: every page works without this file.
// On listings, adds a box that narrows the cards shown on the page as you type.
(function () {
  "use strict";
  var lists = document.querySelectorAll("ul[data-filterable]");
  Array.prototype.forEach.call(lists, function (list, index) {
    var items = Array.prototype.slice.call(list.children);
    if (items.length < 5) { return; }
    var id = "card-filter-" + index;
    var wrapper = document.createElement("div");
    wrapper.className = "card-filter";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = "Narrow the items on this page";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    wrapper.appendChild(status);
    list.parentNode.insertBefore(wrapper, list);
    var timer;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        items.forEach(function (item) {
          var text = item.textContent.toLowerCase();
          var match = words.every(function (word) { return text.indexOf(word) !== -1; });
          item.hidden = !match;
          if (match) { shown += 1; }
        });
        status.textContent = shown + (shown === 1 ? " item" : " items") + " shown";
      }, 150);
    });
  });
}());

// Transferability explorer: narrow the case studies in the tables by theme and evidence level.
// The tables work without this; the form stays hidden unless the script runs.
(function () {
  "use strict";
  var form = document.querySelector("form[data-transfer-filter]");
  if (!form) { return; }
  var theme = form.querySelector("select[name=theme]");
  var evidence = form.querySelector("select[name=evidence]");
  var status = form.querySelector("[data-transfer-status]");
  var uses = Array.prototype.slice.call(document.querySelectorAll(".transfer-table li[data-evidence]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll(".transfer-table tbody tr"));
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function apply() {
    var shown = 0;
    uses.forEach(function (use) {
      var themes = (use.getAttribute("data-themes") || "").split(" ");
      var match = (!theme.value || themes.indexOf(theme.value) !== -1) &&
        (!evidence.value || use.getAttribute("data-evidence") === evidence.value);
      use.hidden = !match;
      if (match) { shown += 1; }
    });
    rows.forEach(function (row) {
      row.hidden = row.querySelector("li[data-evidence]:not([hidden])") === null;
    });
    status.textContent = shown + (shown === 1 ? " use shown" : " uses shown");
  }
  theme.addEventListener("change", apply);
  evidence.addEventListener("change", apply);
  // The form is a GET form, so a filtered view can be linked: ?theme=...&evidence=...
  var params = new URLSearchParams(window.location.search);
  if (params.get("theme") || params.get("evidence")) {
    theme.value = params.get("theme") || "";
    evidence.value = params.get("evidence") || "";
    apply();
  }
}());
