// Welsh search for lunr.js 2.3.9: a trimmer that keeps Unicode letters, a Welsh stop-word filter and an
// expander for initial mutations, registered as pipeline functions "trimmer-cy", "stopWordFilter-cy" and
// "mutations-cy" so that a Welsh index built by the generator (SearchLanguage.Welsh, whose functions in
// LpipSite.Core.Search.Welsh mirror this file rule for rule; both are checked against
// tests/fixtures/welsh-search/cases.json) loads with lunr.Index.load and expands queries exactly as the
// index was expanded. No stemmer: none exists for Welsh. Also lunr.cy.query and lunr.cy.search, which
// search.js uses on Welsh pages. Load after lunr.js. In Node, require() returns install(lunr).
// See docs/search.md.
(function (root) {
  "use strict";

  // Characters kept at the edges of a token: lunr's \w plus every Unicode letter, mark and number. Engines
  // without Unicode property escapes (before 2018–2020) fall back to "any code unit from U+00C0 that is not
  // general punctuation", which can differ from the index on rare tokens.
  var keptRe = (function () {
    try { return new RegExp("^[_\\p{L}\\p{M}\\p{N}]$", "u"); } catch (e) { return null; }
  }());
  var asciiWordRe = /^[A-Za-z0-9_]$/;

  function kept(ch) {
    var c = ch.charCodeAt(0);
    if (c < 128) { return asciiWordRe.test(ch); }
    if (keptRe) { return keptRe.test(ch); }
    return c >= 0xC0 && c !== 0xD7 && c !== 0xF7 && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F) &&
      !(c >= 0xD800 && c <= 0xDFFF && ch.length === 1);
  }

  // The code point starting at i (one or two code units), or ending just before end.
  function at(s, i) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { return s.substr(i, 2); }
    }
    return s.charAt(i);
  }
  function before(s, end) {
    var c = s.charCodeAt(end - 1);
    if (c >= 0xDC00 && c <= 0xDFFF && end - 2 >= 0) {
      var h = s.charCodeAt(end - 2);
      if (h >= 0xD800 && h <= 0xDBFF) { return s.substr(end - 2, 2); }
    }
    return s.charAt(end - 1);
  }

  function trim(s) {
    s = s.replace(/[\u2019\u2018\u02BC]/g, "'");
    var start = 0, end = s.length, ch;
    while (start < end) { ch = at(s, start); if (kept(ch)) { break; } start += ch.length; }
    while (end > start) { ch = before(s, end); if (kept(ch)) { break; } end -= ch.length; }
    return s.slice(start, end);
  }

  // Welsh function words (see docs/search.md for the choice). 'r and 'n reach the filter as r and n.
  var stopWords = [
    "a", "ac", "\u00e2", "ag", "am", "ar", "at", "bod", "ddim", "dy", "ei", "eich", "ein", "eu", "fod", "fy",
    "gan", "gyda", "hefyd", "i", "mae", "mewn", "n", "na", "nac", "nad", "neu", "nid", "o", "oedd", "ond",
    "r", "sy", "sydd", "wedi", "y", "ydy", "ym", "yn", "yng", "yr", "yw",
    "i'r", "a'r", "o'r", "\u00e2'r", "i'w", "mae'n", "mae'r", "sy'n"
  ];
  var stopSet = {};
  stopWords.forEach(function (w) { stopSet[w] = true; });
  function isStopWord(s) { return s === "" || Object.prototype.hasOwnProperty.call(stopSet, s); }

  var vowels = "aeiouwy\u00e2\u00ea\u00ee\u00f4\u00fb\u0175\u0177\u00e1\u00e9\u00ed\u00f3\u00fa\u1e83\u00fd" +
    "\u00e0\u00e8\u00ec\u00f2\u00f9\u1e81\u1ef3\u00e4\u00eb\u00ef\u00f6\u00fc\u1e85\u00ff";
  function isVowel(ch) { return vowels.indexOf(ch) !== -1; }

  // Two- and three-letter initials, longest first; ll, rh and ff are radical only.
  var digraphs = [
    ["ngh", ["c"]], ["ng", ["g"]], ["mh", ["p"]], ["nh", ["t"]], ["ph", ["p"]], ["th", ["t"]], ["ch", ["c"]],
    ["dd", ["d"]], ["ll", []], ["rh", []], ["ff", []]
  ];

  // The token itself, then every radical it could be a mutation of (nasal, aspirate, soft, h-prothesis).
  function expand(w) {
    var out = [w];
    function add(form) { if (out.indexOf(form) === -1) { out.push(form); } }
    if (w.length < 2) { return out; }
    for (var i = 0; i < digraphs.length; i++) {
      var m = digraphs[i][0];
      if (w.slice(0, m.length) !== m) { continue; }
      if (w.length === m.length) { return out; }
      digraphs[i][1].forEach(function (r) { add(r + w.slice(m.length)); });
      return out;
    }
    var rest = w.slice(1);
    switch (w.charAt(0)) {
      case "b": add("p" + rest); break;
      case "d": add("t" + rest); break;
      case "g": add("c" + rest); break;
      case "f": add("b" + rest); add("m" + rest); break;
      case "m": add("b" + rest); break;
      case "n": add("d" + rest); break;
      case "l": add("ll" + rest); add("g" + w); break;
      case "r": add("rh" + rest); add("g" + w); break;
      case "h": if (isVowel(w.charAt(1))) { add(rest); } break;
      default: if (isVowel(w.charAt(0))) { add("g" + w); } break;
    }
    return out;
  }

  // The terms one clause of a query looks up. lunr runs the pipeline on a clause unless told not to (as for
  // a term with a wildcard), and then looks the term up as typed: here such a term still has its mutations
  // expanded, wildcard kept ("nghaer*" also looks up "caer*"), so that every form of a word finds every
  // other, prefixes included. lunr requires each term of a required clause to be in the index (a missing
  // one empties the results), so a required clause keeps only the forms the index has; if it has none,
  // the clause keeps one and finds nothing, as it should.
  function clauseForms(lunr, index, clause) {
    var forms = clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : expand(clause.term);
    if (clause.presence !== lunr.Query.presence.REQUIRED || forms.length < 2) { return forms; }
    var present = forms.filter(function (form) {
      var probe = { term: form };
      if ("editDistance" in clause) { probe.editDistance = clause.editDistance; }
      return index.tokenSet.intersect(lunr.TokenSet.fromClause(probe)).toArray().length > 0;
    });
    return present.length > 0 ? present : forms.slice(0, 1);
  }

  // Like index.query(fn) on a Welsh index, with every clause looking up the forms clauseForms gives: the
  // clauses run on a view of the same index whose search pipeline hands each clause its forms. A clause
  // left with no forms (a stop word) matches nothing, as in lunr, but is never required: lunr would throw
  // on a required clause without terms.
  function query(lunr, index, fn) {
    var built = new lunr.Query(index.fields);
    fn.call(built, built);
    var forms = built.clauses.map(function (clause) { return clauseForms(lunr, index, clause); });
    var view = new lunr.Index({
      invertedIndex: index.invertedIndex,
      fieldVectors: index.fieldVectors,
      tokenSet: index.tokenSet,
      fields: index.fields,
      pipeline: { runString: function (key) { return forms[+key]; } }
    });
    return view.query(function (q) {
      built.clauses.forEach(function (clause, i) {
        var copy = {};
        Object.keys(clause).forEach(function (key) { copy[key] = clause[key]; });
        if (forms[i].length === 0 && copy.presence === lunr.Query.presence.REQUIRED) {
          copy.presence = lunr.Query.presence.OPTIONAL;
        }
        copy.term = String(i);
        copy.usePipeline = true;
        copy.wildcard = lunr.Query.wildcard.NONE; // the forms carry their own "*"
        q.clause(copy);
      });
    });
  }

  function install(lunr) {
    if (lunr.cy) { return lunr.cy; }
    var trimmer = function (token) { return token.update(function (s) { return trim(s); }); };
    var stopWordFilter = function (token) { return isStopWord(token.toString()) ? undefined : token; };
    // Returns an array: lunr's Pipeline.run splices its elements in where the token stood.
    var mutations = function (token) {
      var forms = expand(token.toString());
      if (forms.length === 1) { return token; }
      return forms.map(function (form, i) { return i === 0 ? token : token.clone(function () { return form; }); });
    };
    lunr.Pipeline.registerFunction(trimmer, "trimmer-cy");
    lunr.Pipeline.registerFunction(stopWordFilter, "stopWordFilter-cy");
    lunr.Pipeline.registerFunction(mutations, "mutations-cy");
    lunr.cy = {
      trimmer: trimmer,
      stopWordFilter: stopWordFilter,
      mutations: mutations,
      trim: trim,
      isStopWord: isStopWord,
      expand: expand,
      stopWords: stopWords.slice(),
      // Build and search pipeline of a Welsh index, in order.
      pipeline: [trimmer, stopWordFilter, mutations],
      // index.query(fn) and index.search(text) for a Welsh index: any form of a word, a prefix with a
      // wildcard included, finds every form (see clauseForms).
      query: function (index, fn) { return query(lunr, index, fn); },
      search: function (index, text) {
        return query(lunr, index, function (q) { new lunr.QueryParser(text, q).parse(); });
      }
    };
    return lunr.cy;
  }

  if (typeof module === "object" && module.exports) {
    module.exports = install;
  } else if (root.lunr) {
    install(root.lunr);
  }
}(this));
