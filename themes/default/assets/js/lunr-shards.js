// A lunr.js 2.3.9 index loaded piece by piece: the generator writes the site's index as term shards
// (SearchShards in the generator; docs/search.md has the format) and this file fetches only the shards a
// query can reach, assembles a partial lunr.Index from them and runs lunr's own search on it.
//
// Why the results equal the whole index's, scores included: lunr scores a document by the dot product of the
// query vector with each field vector, divided by the query vector's magnitude, and the query vector has
// entries only at the terms the query's clauses expand to. So field vectors restricted to the loaded terms
// give the same sums, in the same order, as long as every term a clause can expand to is loaded. To know
// which terms those are, a search first runs on the partial index while recording each term automaton lunr
// intersects with the index's token set (lunr.TokenSet.fromClause: a word, a wildcard pattern, a fuzzy
// word); the shards those automata reach are loaded and the search runs again, until nothing new is needed.
// An automaton with a literal prefix reaches the shards of that prefix's range of terms; one that can start
// with any character (fuzzy terms, leading wildcards) is intersected with the vocabulary first, so only
// the shards of the terms it really matches are loaded.
//
// In the browser, load after lunr.js (and lunr-cy.js for a Welsh index); in Node, require() returns
// install(lunr).
(function (root) {
  "use strict";

  function install(lunr) {
    if (lunr.shards) { return lunr.shards; }

    function fetchJson(url) {
      return root.fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(url + ": " + response.status); }
        return response.json();
      });
    }

    // The index whose manifest is at manifestUrl. options.fetchJson(url) → Promise of the parsed file
    // (default: window.fetch).
    function ShardedIndex(manifestUrl, options) {
      this.manifestUrl = manifestUrl;
      this.base = manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1);
      this.fetchJson = (options && options.fetchJson) || fetchJson;
      this.manifest = null;
      this.loaded = Object.create(null);  // shard number → true once merged
      this.pending = Object.create(null); // shard number → promise while fetching
      this.terms = [];                    // the loaded terms, sorted as lunr sorts them
      this.invertedIndex = Object.create(null);
      this.fieldVectors = null;           // every fieldRef, as in the whole index, restricted to the loaded terms
      this.tokenSet = null;
      this.cache = Object.create(null);   // other files by name
    }

    ShardedIndex.prototype.url = function (name) {
      return this.base + name + "?v=" + encodeURIComponent(this.manifest.build);
    };

    ShardedIndex.prototype.ready = function () {
      var self = this;
      if (!this.opening) {
        this.opening = this.fetchJson(this.manifestUrl).then(function (manifest) {
          if (manifest.format !== 1) { throw new Error("unknown search manifest format " + manifest.format); }
          self.manifest = manifest;
          self.pipeline = lunr.Pipeline.load(manifest.pipeline);
          self.fields = manifest.fields;
          return self;
        });
      }
      return this.opening;
    };

    // A file of the search folder other than a term shard (vocabulary.json, filters.json, dates.json,
    // docs/N.json), fetched once.
    // Once the manifest is in, the request goes out at once rather than a microtask later, ahead of any
    // rendering the caller does next.
    ShardedIndex.prototype.file = function (name) {
      var self = this;
      function fetchOnce() {
        if (!self.cache[name]) { self.cache[name] = self.fetchJson(self.url(name)); }
        return self.cache[name];
      }
      return this.manifest ? fetchOnce() : this.ready().then(fetchOnce);
    };

    ShardedIndex.prototype.document = function (ref) { return this.file("docs/" + ref + ".json"); };
    ShardedIndex.prototype.filters = function () { return this.file("filters.json"); };
    ShardedIndex.prototype.dates = function () { return this.file("dates.json"); };

    // The vocabulary's token set, built once.
    ShardedIndex.prototype.vocabulary = function () {
      var self = this;
      return this.file("vocabulary.json").then(function (terms) {
        if (!self.vocabularySet) { self.vocabularySet = lunr.TokenSet.fromArray(terms); }
        return self.vocabularySet;
      });
    };

    // The results of run(index) — a function that searches a lunr.Index synchronously, such as
    // function (index) { return index.search("housing"); } — on an index holding every term the search
    // can reach: the same results, in the same order with the same scores, as on the whole index.
    ShardedIndex.prototype.search = function (run) {
      var self = this;
      function attempt() {
        var automata = [];
        var results = run(self.index(automata));
        return self.reach(automata).then(function (missing) {
          return missing.length === 0 ? results : self.load(missing).then(attempt);
        });
      }
      return this.ready().then(attempt);
    };

    // A lunr.Index over the loaded terms that records the automata a search intersects with its terms.
    ShardedIndex.prototype.index = function (automata) {
      this.ensureVectors();
      if (!this.tokenSet) { this.tokenSet = lunr.TokenSet.fromArray(this.terms); }
      var tokenSet = Object.create(this.tokenSet);
      tokenSet.intersect = function (automaton) {
        automata.push(automaton);
        return lunr.TokenSet.prototype.intersect.call(this, automaton);
      };
      return new lunr.Index({
        invertedIndex: this.invertedIndex,
        fieldVectors: this.fieldVectors,
        tokenSet: tokenSet,
        fields: this.fields,
        pipeline: this.pipeline
      });
    };

    // The field vectors lunr reads: every fieldRef of the whole index, restricted to the loaded terms. Only
    // those with entries are stored; the others read as one shared empty vector. Their keys are listed in
    // the whole index's order (documents, then fields) only if lunr asks for them, which it does for a query
    // of prohibited terms alone: it walks every fieldRef.
    var empty = null;
    ShardedIndex.prototype.ensureVectors = function () {
      if (this.fieldVectors) { return; }
      empty = empty || new lunr.Vector([]);
      var stored = this.stored = Object.create(null), n = this.manifest.documents, fields = this.fields, keys = null;
      function allKeys() {
        if (!keys) {
          keys = [];
          for (var ref = 0; ref < n; ref++) {
            for (var f = 0; f < fields.length; f++) { keys.push(fields[f] + "/" + ref); }
          }
        }
        return keys;
      }
      function read(key) { return stored[key] || empty; }
      this.fieldVectors = new Proxy(stored, {
        get: function (target, key) { return typeof key === "string" ? read(key) : undefined; },
        has: function () { return true; },
        ownKeys: function () { return allKeys().slice(); },
        getOwnPropertyDescriptor: function (target, key) {
          return { value: read(key), writable: true, enumerable: true, configurable: true };
        }
      });
    };

    // The vector of a fieldRef, made its own before it takes an entry.
    ShardedIndex.prototype.vectorOf = function (field, ref) {
      var key = field + "/" + ref;
      return this.stored[key] || (this.stored[key] = new lunr.Vector([]));
    };

    // The shard holding a term: the last whose first term is not after it.
    ShardedIndex.prototype.shardOf = function (term) {
      var shards = this.manifest.shards, lo = 0, hi = shards.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (shards[mid] <= term) { lo = mid; } else { hi = mid - 1; }
      }
      return lo;
    };

    // The shards holding terms that start with prefix: its own, then those whose first term starts with it.
    ShardedIndex.prototype.shardsOfPrefix = function (prefix) {
      var shards = this.manifest.shards, first = this.shardOf(prefix), out = [first];
      for (var i = first + 1; i < shards.length && shards[i].slice(0, prefix.length) === prefix; i++) { out.push(i); }
      return out;
    };

    // What an automaton can match, read from its structure: the words it accepts before any wildcard edge
    // and the prefixes at which a wildcard edge starts; unbounded when the very first character is free.
    function reachOf(automaton) {
      var words = [], prefixes = [], stack = [{ node: automaton, prefix: "" }];
      while (stack.length) {
        var frame = stack.pop(), edges = frame.node.edges;
        if (edges["*"]) {
          if (frame.prefix === "") { return null; }
          prefixes.push(frame.prefix);
          continue;
        }
        if (frame.node.final) { words.push(frame.prefix); }
        for (var edge in edges) { stack.push({ node: edges[edge], prefix: frame.prefix + edge }); }
      }
      return { words: words, prefixes: prefixes };
    }

    // The shards (not yet loaded) that the automata can reach.
    ShardedIndex.prototype.reach = function (automata) {
      var self = this, needed = Object.create(null), unbounded = [];
      function need(shard) { if (!self.loaded[shard]) { needed[shard] = true; } }
      automata.forEach(function (automaton) {
        var reach = reachOf(automaton);
        if (!reach) { unbounded.push(automaton); return; }
        reach.words.forEach(function (word) { need(self.shardOf(word)); });
        reach.prefixes.forEach(function (prefix) { self.shardsOfPrefix(prefix).forEach(need); });
      });
      function missing() { return Object.keys(needed).map(Number).sort(function (a, b) { return a - b; }); }
      if (unbounded.length === 0) { return Promise.resolve(missing()); }
      return this.vocabulary().then(function (vocabulary) {
        unbounded.forEach(function (automaton) {
          vocabulary.intersect(automaton).toArray().forEach(function (word) { need(self.shardOf(word)); });
        });
        return missing();
      });
    };

    // Fetches the shards and merges them; merging in shard order keeps the result independent of arrival order.
    ShardedIndex.prototype.load = function (shards) {
      var self = this;
      return Promise.all(shards.map(function (shard) {
        if (!self.pending[shard]) { self.pending[shard] = self.fetchJson(self.url("terms/" + shard + ".json")); }
        return self.pending[shard];
      })).then(function (contents) {
        shards.forEach(function (shard, i) {
          if (!self.loaded[shard]) { self.merge(contents[i]); self.loaded[shard] = true; }
        });
        self.tokenSet = null;
      });
    };

    // Adds a shard's terms: [term, _index, field1, field2, …], a field being [ref gap, thousandths, …]. A
    // term's posting and field-vector entries are made only when lunr first reads the term's posting, as
    // it does for each term a query's clauses expand to before it scores anything; a shard holds hundreds
    // of terms and a query uses a few of them.
    ShardedIndex.prototype.merge = function (entries) {
      this.ensureVectors();
      var self = this, inverted = this.invertedIndex, added = [];
      entries.forEach(function (entry) {
        var term = entry[0];
        Object.defineProperty(inverted, term, {
          configurable: true,
          enumerable: true,
          get: function () {
            var posting = self.posting(entry);
            Object.defineProperty(inverted, term, { value: posting, writable: true, enumerable: true, configurable: true });
            return posting;
          }
        });
        added.push(term);
      });
      this.terms = mergeSorted(this.terms, added);
    };

    // A term's posting, as in the whole index, its tf-idf weights added to the field vectors.
    ShardedIndex.prototype.posting = function (entry) {
      var fields = this.fields, termIndex = entry[1], posting = { _index: termIndex };
      for (var f = 0; f < fields.length; f++) {
        var flat = entry[2 + f], documents = {}, ref = 0;
        for (var p = 0; p < flat.length; p += 2) {
          ref += flat[p];
          documents[ref] = {};
          insertPair(this.vectorOf(fields[f], ref).elements, termIndex, flat[p + 1] / 1000);
        }
        posting[fields[f]] = documents;
      }
      return posting;
    };

    // Inserts (index, value) into a vector's flat pairs, kept sorted by index as lunr's dot product needs.
    function insertPair(elements, index, value) {
      var at = elements.length;
      while (at > 0 && elements[at - 2] > index) { at -= 2; }
      elements.splice(at, 0, index, value);
    }

    function mergeSorted(a, b) {
      var out = [], i = 0, j = 0;
      while (i < a.length && j < b.length) { out.push(a[i] < b[j] ? a[i++] : b[j++]); }
      while (i < a.length) { out.push(a[i++]); }
      while (j < b.length) { out.push(b[j++]); }
      return out;
    }

    lunr.shards = {
      open: function (manifestUrl, options) { return new ShardedIndex(manifestUrl, options); },
      ShardedIndex: ShardedIndex
    };
    return lunr.shards;
  }

  if (typeof module === "object" && module.exports) {
    module.exports = install;
  } else if (root.lunr) {
    install(root.lunr);
  }
}(this));
