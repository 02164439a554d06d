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
