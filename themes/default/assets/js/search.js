// Search for /search/: loads the prebuilt Lunr index and document store, reads ?q= and ?type=
// from the address (so results are linkable), and shows results with the matched words marked.
// Results are built with DOM methods and textContent only: no content is ever parsed as HTML.
// A form with data-language="cy" has a Welsh index: the page loads js/lunr-cy.js first, and words
// go through its pipeline (lunr.cy) instead of lunr's English one, mutations expanded on every path.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof lunr === "undefined" || !window.fetch) { return; }
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var empty = document.getElementById("search-empty");
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=type]"));
  var welsh = form.getAttribute("data-language") === "cy";
  var maxShown = 100;
  // The status line's words come from the theme's text table, in the page's language.
  var messages = JSON.parse(status.getAttribute("data-messages") || "{}");
  var plurals = typeof Intl !== "undefined" && Intl.PluralRules ? new Intl.PluralRules((document.documentElement && document.documentElement.lang) || "en") : null;
  function plural(forms, count) {
    var category = plurals ? plurals.select(count) : (count === 1 ? "one" : "other");
    return forms[category] || forms.other;
  }
  function fill(text, values) {
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) { return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole; });
  }
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();
  var chosen = params.getAll("type");
  // The address fills the form only where the reader has not already typed or ticked: on a slow
  // connection this script can run after they have started a new search.
  if (input.value === input.defaultValue) { input.value = query; }
  boxes.forEach(function (box) {
    if (box.checked === box.defaultChecked) { box.checked = chosen.indexOf(box.value) !== -1; }
  });

  var loaded = null;
  function load() {
    if (!loaded) {
      loaded = Promise.all([
        fetch(form.getAttribute("data-index")).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); }),
        fetch(form.getAttribute("data-documents")).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      ]).then(function (parts) { return { index: lunr.Index.load(parts[0]), store: parts[1] }; });
    }
    return loaded;
  }

  // Words as the index saw them: lower case, trimmed of punctuation, stop words dropped.
  function words(text) {
    var trimmer = welsh ? lunr.cy.trimmer : lunr.trimmer;
    var stopWordFilter = welsh ? lunr.cy.stopWordFilter : lunr.stopWordFilter;
    return lunr.tokenizer(text).map(function (token) { return trimmer(token); })
      .filter(function (token) { return token.toString() !== "" && stopWordFilter(token); });
  }

  // Welsh queries look up every form of each word, also where lunr skips the pipeline (wildcards).
  function queryIndex(index, fn) { return welsh ? lunr.cy.query(index, fn) : index.query(fn); }
  function searchIndex(index, text) { return welsh ? lunr.cy.search(index, text) : index.search(text); }

  // Power users may type Lunr syntax (title:x, x*, x~1, +x, -x); everyone else gets every word
  // matched exactly (stemmed) or as the start of a longer word.
  function run(index, text) {
    if (/[*:~^+\-]/.test(text)) {
      try { return searchIndex(index, text); } catch (e) { if (!(e instanceof lunr.QueryParseError)) { throw e; } }
    }
    var terms = words(text.replace(/[*:~^+\-]/g, " "));
    if (terms.length === 0) { return []; }
    return queryIndex(index, function (q) {
      terms.forEach(function (term) {
        q.term(term.toString(), { boost: 10 });
        q.term(term.toString(), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
  }

  // The index terms a word of a result stands for: its stem, or in Welsh each of its forms.
  function termsOf(part) {
    if (welsh) {
      var trimmed = lunr.cy.trim(part.toLowerCase());
      return trimmed === "" ? [] : lunr.cy.expand(trimmed);
    }
    var stem = lunr.stemmer(lunr.trimmer(new lunr.Token(part.toLowerCase()))).toString();
    return stem === "" ? [] : [stem];
  }

  function marked(text, matched) {
    var fragment = document.createDocumentFragment();
    text.split(/(\s+)/).forEach(function (part) {
      var terms = part.trim() === "" ? [] : termsOf(part);
      if (terms.some(function (term) { return matched[term]; })) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function element(name, className, child) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (typeof child === "string") { node.textContent = child; } else if (child) { node.appendChild(child); }
    return node;
  }

  function show(data) {
    var types = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var results = run(data.index, query).filter(function (r) {
      return types.length === 0 || types.indexOf(data.store.docs[+r.ref][1]) !== -1;
    });
    list.textContent = "";
    results.slice(0, maxShown).forEach(function (result) {
      var doc = data.store.docs[+result.ref];
      var matched = result.matchData.metadata;
      var item = element("li", "search-result");
      item.appendChild(element("p", "result-type", data.store.types[doc[1]] || doc[1]));
      var link = element("a", null, marked(doc[2], matched));
      link.href = doc[0];
      item.appendChild(element("h2", "result-title", link));
      if (doc[4]) { item.appendChild(element("p", "result-meta", doc[4])); }
      item.appendChild(element("p", "result-summary", marked(doc[3], matched)));
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    empty.hidden = results.length !== 0;
    var shown = results.length > maxShown ? fill(messages.showing_first, { count: String(maxShown) }) : "";
    var filter = types.length ? fill(messages.in_types, { types: types.map(function (t) { return data.store.types[t]; }).join(", ") }) : "";
    status.textContent = fill(plural(messages.results, results.length), { count: String(results.length), query: query, filter: filter, shown: shown });
  }

  function update() {
    if (query === "") { status.textContent = ""; list.hidden = true; empty.hidden = true; return; }
    status.textContent = messages.searching;
    load().then(show, function () {
      status.textContent = messages.unavailable;
    });
  }

  // Changing a filter narrows the results at once and keeps the address linkable.
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      var next = new URLSearchParams();
      if (query) { next.set("q", query); }
      boxes.forEach(function (b) { if (b.checked) { next.append("type", b.value); } });
      window.history.replaceState(null, "", "?" + next.toString());
      update();
    });
  });

  update();
}());
