// Search for /search/: reads ?q=, the filters (?type=, ?theme=, …) and ?sort= from the address (so results
// are linkable), and answers from the sharded index (lunr-shards.js): only the term shards the query
// reaches, the filters file for counts, and the document file of each result on screen, with an excerpt of
// its text around the matched words. When nothing matches, each word is retried allowing one typing mistake
// and the page offers "Did you mean …?". Results are built with DOM methods and textContent only: no content
// is ever parsed as HTML. A form with data-language="cy" has a Welsh index: the page loads js/lunr-cy.js
// first, and words go through its pipeline (lunr.cy) instead of lunr's English one.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof lunr === "undefined" || !lunr.shards || !window.fetch || !window.Promise || !window.Proxy) { return; }
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var empty = document.getElementById("search-empty");
  var facetsBox = document.getElementById("search-facets");
  var tools = document.getElementById("search-tools");
  var sortSelect = document.getElementById("search-sort");
  var clearButton = document.getElementById("search-clear");
  var moreButton = document.getElementById("search-more");
  var suggestion = document.getElementById("search-suggestion");
  var typeSet = form.querySelector("fieldset[data-facet=type]");
  var welsh = form.getAttribute("data-language") === "cy";
  var index = lunr.shards.open(form.getAttribute("data-manifest"));
  var pageSize = 10;
  var visibleValues = 8; // a facet lists this many values until the reader asks for all
  var excerptWords = 30;

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

  // What the reader asked for: the words, the chosen values of each facet, the order, how many are shown.
  var state = { query: "", chosen: {}, sort: "", shown: pageSize };
  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    state.query = (params.get("q") || "").trim();
    state.sort = params.get("sort") === "newest" ? "newest" : "";
    state.chosen = {};
    params.forEach(function (value, key) {
      if (key !== "q" && key !== "sort") { (state.chosen[key] = state.chosen[key] || []).push(value); }
    });
    state.shown = pageSize;
  }
  function address() {
    var params = new URLSearchParams();
    if (state.query) { params.set("q", state.query); }
    Object.keys(state.chosen).forEach(function (key) {
      state.chosen[key].forEach(function (value) { params.append(key, value); });
    });
    if (state.sort) { params.set("sort", state.sort); }
    return "?" + params.toString();
  }

  readAddress();
  // The address fills the form only where the reader has not already typed or ticked: on a slow
  // connection this script can run after they have started a new search.
  if (input.value === input.defaultValue) { input.value = state.query; } else { state.query = input.value.trim(); }
  typeBoxes().forEach(function (box) {
    var chosen = state.chosen.type || [];
    if (box.checked === box.defaultChecked) { box.checked = chosen.indexOf(box.value) !== -1; }
    else if (box.checked && chosen.indexOf(box.value) === -1) { (state.chosen.type = chosen).push(box.value); }
  });
  sortSelect.value = state.sort;

  function typeBoxes() { return Array.prototype.slice.call(typeSet.querySelectorAll("input[name=type]")); }

  // Words as the index saw them: lower case, trimmed of punctuation, stop words dropped.
  function words(text) {
    var trimmer = welsh ? lunr.cy.trimmer : lunr.trimmer;
    var stopWordFilter = welsh ? lunr.cy.stopWordFilter : lunr.stopWordFilter;
    return lunr.tokenizer(text).map(function (token) { return trimmer(token); })
      .filter(function (token) { return token.toString() !== "" && stopWordFilter(token); })
      .map(function (token) { return token.toString(); });
  }

  var syntax = /[*:~^+\-]/;
  // Welsh queries look up every form of each word, also where lunr skips the pipeline (wildcards).
  function queryIndex(idx, fn) { return welsh ? lunr.cy.query(idx, fn) : idx.query(fn); }
  function searchIndex(idx, text) { return welsh ? lunr.cy.search(idx, text) : idx.search(text); }

  // Power users may type Lunr syntax (title:x, x*, x~1, +x, -x); everyone else gets every word matched
  // exactly (stemmed) or as the start of a longer word. A misspelt query is retried with each word
  // allowed one mistake.
  function search(text, fuzzy) {
    var terms = words(text.replace(/[*:~^+\-]/g, " "));
    return index.search(function (idx) {
      if (!fuzzy && syntax.test(text)) {
        try { return searchIndex(idx, text); } catch (e) { if (!(e instanceof lunr.QueryParseError)) { throw e; } }
      }
      if (terms.length === 0) { return []; }
      return queryIndex(idx, function (q) {
        terms.forEach(function (term) {
          if (fuzzy) {
            q.term(term, { editDistance: 1 });
          } else {
            q.term(term, { boost: 10 });
            q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
          }
        });
      });
    });
  }

  // The index terms a word of a result stands for: its stem, or in Welsh each of its forms. Remembered,
  // as marking and excerpts look at every word of each result shown.
  var termsOfWord = Object.create(null);
  function termsOf(part) {
    var word = part.toLowerCase();
    if (termsOfWord[word]) { return termsOfWord[word]; }
    var terms;
    if (welsh) {
      var trimmed = lunr.cy.trim(word);
      terms = trimmed === "" ? [] : lunr.cy.expand(trimmed);
    } else {
      var stem = lunr.stemmer(lunr.trimmer(new lunr.Token(word))).toString();
      terms = stem === "" ? [] : [stem];
    }
    termsOfWord[word] = terms;
    return terms;
  }
  function matches(part, matched) { return termsOf(part).some(function (term) { return matched[term]; }); }

  function marked(text, matched) {
    var fragment = document.createDocumentFragment();
    text.split(/(\s+)/).forEach(function (part) {
      if (part.trim() !== "" && matches(part, matched)) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  // About excerptWords words of the text around its first matched word, or null if no word of it matched.
  function excerpt(text, matched) {
    var parts = text.split(/\s+/).filter(function (p) { return p !== ""; });
    for (var i = 0; i < parts.length; i++) {
      if (matches(parts[i], matched)) {
        var start = Math.max(0, i - Math.floor(excerptWords / 3)), end = Math.min(parts.length, start + excerptWords);
        return (start > 0 ? "… " : "") + parts.slice(start, end).join(" ") + (end < parts.length ? " …" : "");
      }
    }
    return null;
  }

  function element(name, className, child) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (typeof child === "string") { node.textContent = child; } else if (child) { node.appendChild(child); }
    return node;
  }

  // The facet values of each document, from filters.json: per facet, an array of value indexes per document.
  function valuesOf(facet, ref) {
    var v = facet.docs[ref];
    return v === null || v === undefined ? [] : (typeof v === "number" ? [v] : v);
  }
  // Whether a document has one of the chosen values of a facet (any value, when none is chosen).
  function passes(facet, chosenIndexes, ref) {
    if (chosenIndexes.length === 0) { return true; }
    var values = valuesOf(facet, ref);
    for (var i = 0; i < values.length; i++) { if (chosenIndexes.indexOf(values[i]) !== -1) { return true; } }
    return false;
  }
  function chosenIndexes(facet) {
    var chosen = state.chosen[facet.key] || [];
    return facet.values.map(function (v, i) { return chosen.indexOf(v[0]) !== -1 ? i : -1; }).filter(function (i) { return i !== -1; });
  }

  // The results left by the chosen values of every facet, and for each facet's values how many results
  // they would leave with that facet's own choice set aside (values within a facet add up, facets narrow).
  function narrow(results, filters) {
    var facets = filters.facets, chosen = facets.map(chosenIndexes);
    var counts = facets.map(function (f) { return f.values.map(function () { return 0; }); });
    var kept = [];
    results.forEach(function (result) {
      var ref = +result.ref, failed = -1, failures = 0;
      for (var f = 0; f < facets.length; f++) {
        if (!passes(facets[f], chosen[f], ref)) { failed = f; failures++; }
      }
      if (failures === 0) { kept.push(result); }
      for (var g = 0; g < facets.length; g++) {
        if (failures === 0 || (failures === 1 && failed === g)) {
          valuesOf(facets[g], ref).forEach(function (v) { counts[g][v]++; });
        }
      }
    });
    return { results: kept, counts: counts };
  }

  // Newest first, undated last; equal dates keep their order by relevance.
  function sortNewest(results) {
    return index.dates().then(function (dates) {
      return results.map(function (r, i) { return { r: r, i: i, d: dates[+r.ref] }; }).sort(function (a, b) {
        var da = a.d === null ? -Infinity : a.d, db = b.d === null ? -Infinity : b.d;
        return da !== db ? db - da : a.i - b.i;
      }).map(function (x) { return x.r; });
    });
  }

  // The facets' checkboxes: built once, then only their counts and visibility change, so focus stays put.
  var facetControls = null;
  function buildFacets(filters) {
    if (facetControls) { return; }
    facetControls = filters.facets.map(function (facet) {
      var fieldset = facet.key === "type" ? typeSet : element("fieldset", "search-facet");
      var boxes = [], counts = [], options = [];
      if (facet.key !== "type") {
        fieldset.setAttribute("data-facet", facet.key);
        fieldset.appendChild(element("legend", null, facet.legend));
        facetsBox.appendChild(fieldset);
      }
      facet.values.forEach(function (value) {
        var box = fieldset.querySelector("input[value=\"" + value[0].replace(/["\\]/g, "\\$&") + "\"]");
        var option = box ? box.parentNode : null;
        if (!box) {
          var id = "facet-" + facet.key + "-" + value[0];
          box = element("input");
          box.type = "checkbox";
          box.name = facet.key;
          box.value = value[0];
          box.id = id;
          var label = element("label", null, value[1]);
          label.htmlFor = id;
          option = element("span", "search-option");
          option.appendChild(box);
          option.appendChild(label);
          fieldset.appendChild(option);
        }
        var count = element("span", "count");
        box.parentNode.querySelector("label").appendChild(count);
        box.checked = (state.chosen[facet.key] || []).indexOf(value[0]) !== -1;
        box.addEventListener("change", function () { choose(facet.key, value[0], box.checked); });
        boxes.push(box);
        counts.push(count);
        options.push(option);
      });
      var toggle = element("button", "link-button");
      toggle.type = "button";
      toggle.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      toggle.addEventListener("click", function () {
        toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
        showFacets(lastCounts);
      });
      fieldset.appendChild(toggle);
      return { facet: facet, fieldset: fieldset, boxes: boxes, counts: counts, options: options, toggle: toggle };
    });
    // A type no page of the site has is not offered.
    typeBoxes().forEach(function (box) { if (boxesOf("type").indexOf(box) === -1) { box.parentNode.hidden = true; } });
    facetsBox.hidden = false;
    tools.hidden = false;
  }

  function boxesOf(key) {
    var control = facetControls.filter(function (c) { return c.facet.key === key; })[0];
    return control ? control.boxes : [];
  }

  var lastCounts = null;
  function showFacets(counts) {
    lastCounts = counts;
    facetControls.forEach(function (control, f) {
      var expanded = control.toggle.getAttribute("aria-expanded") === "true", listed = 0, available = 0;
      control.boxes.forEach(function (box, v) {
        var n = counts ? counts[f][v] : 0, offered = n > 0 || box.checked;
        control.counts[v].textContent = counts ? " (" + n + ")" : "";
        if (offered) { available++; }
        control.options[v].hidden = !offered || (!expanded && !box.checked && listed >= visibleValues);
        if (offered && !control.options[v].hidden) { listed++; }
      });
      control.fieldset.hidden = available === 0;
      control.toggle.hidden = available <= visibleValues;
      control.toggle.textContent = expanded ? messages.show_fewer : fill(messages.show_all, { count: String(available) });
    });
    clearButton.hidden = !facetControls.some(function (control) { return control.boxes.some(function (box) { return box.checked; }); });
  }

  function choose(key, value, on) {
    var chosen = (state.chosen[key] || []).filter(function (v) { return v !== value; });
    if (on) { chosen.push(value); }
    if (chosen.length) { state.chosen[key] = chosen; } else { delete state.chosen[key]; }
    state.shown = pageSize;
    window.history.replaceState(null, "", address());
    update();
  }

  // The suggestion for a query that found nothing: each word replaced by the term its retry matched in
  // most results, written as the results write it.
  function suggest(query, results, docs) {
    var found = Object.create(null);
    results.forEach(function (r) { Object.keys(r.matchData.metadata).forEach(function (t) { found[t] = (found[t] || 0) + 1; }); });
    var changed = false;
    var suggested = words(query).map(function (word) {
      var forms = termsOf(word), best = null;
      Object.keys(found).forEach(function (term) {
        if (forms.some(function (form) { return withinOne(form, term); }) && (best === null || found[term] > found[best] || (found[term] === found[best] && term < best))) { best = term; }
      });
      if (best === null || forms.indexOf(best) !== -1) { return word; }
      changed = true;
      return spelling(best, docs) || best;
    });
    return changed ? suggested.join(" ") : null;
  }
  // The commonest word of the shown results whose term is the given one.
  function spelling(term, docs) {
    var seen = Object.create(null), best = null;
    docs.forEach(function (doc) {
      [doc[2], doc[3], doc[5]].join(" ").split(/\s+/).forEach(function (part) {
        var word = part.replace(/^[^\w\u00c0-\uffff]+|[^\w\u00c0-\uffff]+$/g, "").toLowerCase();
        if (word && termsOf(word).indexOf(term) !== -1) {
          seen[word] = (seen[word] || 0) + 1;
          if (best === null || seen[word] > seen[best]) { best = word; }
        }
      });
    });
    return best;
  }
  // Edit distance at most one (a letter added, dropped, changed, or two swapped), as lunr's ~1 allows.
  function withinOne(a, b) {
    if (a === b) { return true; }
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function showSuggestion(text) {
    suggestion.textContent = "";
    suggestion.hidden = !text;
    if (!text) { return; }
    var parts = messages.did_you_mean.split("{suggestion}");
    var link = element("a", null, text);
    link.href = "?q=" + encodeURIComponent(text);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      input.value = text;
      submit();
    });
    suggestion.appendChild(document.createTextNode(parts[0]));
    suggestion.appendChild(link);
    suggestion.appendChild(document.createTextNode(parts.slice(1).join("{suggestion}")));
  }

  function item(result, doc) {
    var matched = result.matchData.metadata;
    var li = element("li", "search-result");
    li.appendChild(element("p", "result-type", labelOf("type", doc[1])));
    var link = element("a", null, marked(doc[2], matched));
    link.href = doc[0];
    li.appendChild(element("h2", "result-title", link));
    if (doc[4]) { li.appendChild(element("p", "result-meta", doc[4])); }
    li.appendChild(element("p", "result-summary", marked(doc[3], matched)));
    var passage = excerpt(doc[5] || "", matched);
    if (passage) { li.appendChild(element("p", "result-excerpt", marked(passage, matched))); }
    return li;
  }

  var filtersData = null;
  function labelOf(key, id) {
    var facet = filtersData && filtersData.facets.filter(function (f) { return f.key === key; })[0];
    var value = facet && facet.values.filter(function (v) { return v[0] === id; })[0];
    return value ? value[1] : id;
  }

  // Adds the next results' items, fetching only their document files (all requested at once). Each is
  // shown as soon as it and those before it have arrived; onFirst runs with the first one shown. The
  // list is aria-busy until the caller has said, in the status line, that all of them are (settled).
  var rendering = false;
  function settled(token) {
    if (token === current) { rendering = false; list.removeAttribute("aria-busy"); }
  }
  function render(answer, from, token, onFirst) {
    var slice = answer.results.slice(from, state.shown);
    var pending = slice.map(function (r) { return index.document(r.ref); });
    // Marked as handled here: after a newer search, files still arriving are no longer awaited.
    pending.forEach(function (p) { p.catch(function () {}); });
    var docs = [], first = null;
    rendering = true;
    list.setAttribute("aria-busy", "true");
    function step(i) {
      if (token !== current) { return null; }
      if (i === slice.length) {
        moreButton.hidden = answer.results.length <= state.shown;
        return { first: first, docs: docs };
      }
      return pending[i].then(function (doc) {
        if (token !== current) { return null; }
        docs.push(doc);
        var li = item(slice[i], doc);
        list.appendChild(li);
        if (!first) { first = li; if (onFirst) { onFirst(li); } }
        return step(i + 1);
      });
    }
    return Promise.resolve().then(function () { return step(0); });
  }

  function statusText(answer) {
    var count = answer.results.length;
    var labels = [];
    facetControls.forEach(function (control) {
      control.boxes.forEach(function (box, v) { if (box.checked) { labels.push(control.facet.values[v][1]); } });
    });
    var values = {
      count: String(count),
      query: state.query,
      filter: labels.length ? fill(messages.in_types, { types: labels.join(", ") }) : "",
      shown: count > state.shown ? fill(messages.showing_first, { count: String(Math.min(state.shown, count)) }) : ""
    };
    return fill(plural(answer.fuzzy ? messages.similar : messages.results, count), values);
  }

  var current = 0;
  var last = null; // the last query's results, reused when only filters, order or page change
  function update() {
    var token = ++current;
    list.textContent = "";
    list.removeAttribute("data-query");
    list.removeAttribute("aria-busy");
    rendering = false;
    currentAnswer = null;
    moreButton.hidden = true;
    if (state.query === "") {
      status.textContent = ""; list.hidden = true; empty.hidden = true; moreButton.hidden = true; showSuggestion(null);
      return;
    }
    status.textContent = messages.searching;
    var query = state.query;
    var found = last && last.query === query ? Promise.resolve(last) : search(query, false).then(function (results) {
      if (results.length > 0 || syntax.test(query)) { return { query: query, results: results, fuzzy: false }; }
      return search(query, true).then(function (similar) { return { query: query, results: similar, fuzzy: similar.length > 0 }; });
    });
    Promise.all([found, index.filters()]).then(function (parts) {
      if (token !== current) { return null; }
      last = parts[0];
      filtersData = parts[1];
      buildFacets(filtersData);
      var narrowed = narrow(last.results, filtersData);
      return (state.sort === "newest" ? sortNewest(narrowed.results) : Promise.resolve(narrowed.results)).then(function (results) {
        if (token !== current) { return null; }
        var answer = { results: results, fuzzy: last.fuzzy };
        list.hidden = results.length === 0;
        empty.hidden = results.length !== 0;
        // data-query names the query whose results are on screen, from the first one shown; the
        // status line (announced once) and aria-busy's removal say that all of them are. The results'
        // files are requested before the filter counts are redrawn.
        var rendered = render(answer, 0, token, function () { list.setAttribute("data-query", query); });
        showFacets(narrowed.counts);
        return rendered.then(function (shown) {
          if (!shown) { return; }
          showSuggestion(last.fuzzy ? suggest(query, last.results, shown.docs) : null);
          status.textContent = statusText(answer);
          list.setAttribute("data-query", query);
          currentAnswer = answer;
          settled(token);
        });
      });
    }).catch(function () {
      if (token === current) { status.textContent = messages.unavailable; settled(token); }
    });
  }

  var currentAnswer = null;
  moreButton.addEventListener("click", function () {
    if (!currentAnswer || rendering) { return; }
    var from = state.shown, token = current;
    state.shown += pageSize;
    // Focus moves to the first new result as soon as it is shown, as the rest follow it.
    render(currentAnswer, from, token, function (li) {
      var link = li.querySelector("a");
      if (link) { link.focus(); }
    }).then(function (shown) {
      if (!shown) { return; }
      status.textContent = statusText(currentAnswer);
      settled(token);
    }).catch(function () {
      if (token === current) { status.textContent = messages.unavailable; settled(token); }
    });
  });

  function submit() {
    state.query = input.value.trim();
    state.shown = pageSize;
    window.history.pushState(null, "", address());
    update();
  }
  // A new search replaces the results without reloading the page; the address keeps it linkable.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submit();
  });
  sortSelect.addEventListener("change", function () {
    state.sort = sortSelect.value === "newest" ? "newest" : "";
    state.shown = pageSize;
    window.history.replaceState(null, "", address());
    update();
  });
  clearButton.addEventListener("click", function () {
    state.chosen = {};
    state.shown = pageSize;
    facetControls.forEach(function (control) { control.boxes.forEach(function (box) { box.checked = false; }); });
    window.history.replaceState(null, "", address());
    update();
    input.focus();
  });
  window.addEventListener("popstate", function () {
    readAddress();
    input.value = state.query;
    sortSelect.value = state.sort;
    if (facetControls) {
      facetControls.forEach(function (control) {
        control.boxes.forEach(function (box) { box.checked = (state.chosen[control.facet.key] || []).indexOf(box.value) !== -1; });
      });
    }
    update();
  });
  // Until the filters file arrives, the type boxes in the form narrow the results as before.
  typeBoxes().forEach(function (box) {
    box.addEventListener("change", function () { if (!facetControls) { choose("type", box.value, box.checked); } });
  });

  update();
}());
