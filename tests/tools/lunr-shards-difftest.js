#!/usr/bin/env node
// Differential test of the sharded search index: runs the same queries through lunr.js 2.3.9 on the whole
// index (search/index.json, loaded with lunr.Index.load) and on the index lunr-shards.js assembles from the
// shards (search/manifest.json and the files beside it), and requires identical results: the same refs in
// the same order, the same scores (===) and the same match data.
//
//   NODE_PATH=themes/default/node_modules node tests/tools/lunr-shards-difftest.js INDEX MANIFEST [--welsh] [--queries N] [--seed S]
//
// Queries are drawn (seeded) from the index's own terms, in every form the search page and Lunr's syntax
// allow: plain words, several words, trailing/middle/leading wildcards, field:term, +required and
// -prohibited terms, prohibited-only queries, fuzzy terms (~1, ~2), boosts, and the search page's own query
// (each word exactly, boosted, and as a prefix). With --welsh, lunr-cy.js is loaded and every query goes
// through lunr.cy.search / lunr.cy.query, as the Welsh search page does.
// Prints one line per category and exits 0 when every query agrees, 1 on a difference (listing the first
// ones), 2 on a usage or load error.
"use strict";
const fs = require("fs");
const path = require("path");
const lunr = require("lunr");

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const valued = ["--queries", "--seed"];
const [indexPath, manifestPath] = args.filter((a, i) => !a.startsWith("--") && !valued.includes(args[i - 1]));
if (!indexPath || !manifestPath) {
  console.error("usage: lunr-shards-difftest.js INDEX MANIFEST [--welsh] [--queries N] [--seed S]");
  process.exit(2);
}
const welsh = args.includes("--welsh");
const perCategory = Number(option("--queries", "40"));
let seed = Number(option("--seed", "1"));

const assets = path.join(__dirname, "..", "..", "themes", "default", "assets", "js");
if (welsh) { require(path.join(assets, "lunr-cy.js"))(lunr); }
require(path.join(assets, "lunr-shards.js"))(lunr);

// A small seeded generator, so a failure can be reproduced.
function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function pick(list) { return list[Math.floor(random() * list.length)]; }

let whole;
try {
  whole = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, "utf8")));
} catch (e) {
  console.error(`cannot load ${indexPath}: ${e.message}`);
  process.exit(2);
}
const folder = path.dirname(manifestPath);
const files = new Map();
let fetched = 0;
// A fresh loader for every query, so each one loads its shards from nothing; files are read once.
const open = () => lunr.shards.open("/" + path.basename(manifestPath), {
  fetchJson: (url) => {
    const file = url.replace(/\?.*$/, "").slice(1);
    if (file.startsWith("terms/")) { fetched++; }
    if (!files.has(file)) { files.set(file, JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"))); }
    return Promise.resolve(files.get(file));
  }
});

// Terms a reader could type: alphabetic index terms (the stemmed or radical forms search for themselves).
const terms = Object.keys(whole.invertedIndex).filter((t) => /^[a-z\u00c0-\u024f]{3,}$/.test(t));
const fields = whole.fields;
if (terms.length < 10) { console.error("the index has too few terms to draw queries from"); process.exit(2); }
const word = () => pick(terms);
const prefix = () => { const t = word(); return t.slice(0, Math.max(2, Math.floor(t.length * random()))); };
const typo = () => {
  const t = word(), i = Math.floor(random() * t.length);
  return random() < 0.5 ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + pick("abcdefghilmnoprstuwy") + t.slice(i + 1);
};

const search = (index, text) => welsh ? lunr.cy.search(index, text) : index.search(text);
// The search page's query for plain words: each exactly (boost 10) and as the start of a longer word.
const pageQuery = (index, words) => {
  const fn = (q) => words.forEach((w) => {
    q.term(w, { boost: 10 });
    q.term(w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
  });
  return welsh ? lunr.cy.query(index, fn) : index.query(fn);
};

const categories = {
  "one word": () => word(),
  "two words": () => `${word()} ${word()}`,
  "trailing wildcard": () => `${prefix()}*`,
  "middle wildcard": () => { const t = word(); return `${t.slice(0, 2)}*${t.slice(-2)}`; },
  "leading wildcard": () => `*${word().slice(-3)}`,
  "field:term": () => `${pick(fields)}:${word()}`,
  "+required -prohibited": () => `+${word()} -${word()}`,
  "prohibited only": () => `-${word()}`,
  "fuzzy ~1": () => `${typo()}~1`,
  "fuzzy ~2": () => `${word()}~2`,
  "boosted": () => `${word()}^10 ${word()}`,
  "page query": () => [word(), prefix()],
};

function describe(results) {
  return results.map((r) => ({ ref: r.ref, score: r.score, match: JSON.stringify(r.matchData.metadata) }));
}

function compare(expected, actual) {
  if (expected.length !== actual.length) { return `${expected.length} results, sharded ${actual.length}`; }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i], a = actual[i];
    if (e.ref !== a.ref) { return `result ${i}: ref ${e.ref}, sharded ${a.ref}`; }
    if (e.score !== a.score) { return `result ${i} (ref ${e.ref}): score ${e.score}, sharded ${a.score}`; }
    if (e.match !== a.match) { return `result ${i} (ref ${e.ref}): match data ${e.match}, sharded ${a.match}`; }
  }
  return null;
}

(async () => {
  const failures = [];
  let total = 0;
  for (const [name, make] of Object.entries(categories)) {
    let agreed = 0, nonEmpty = 0;
    for (let n = 0; n < perCategory; n++) {
      const query = make();
      const run = Array.isArray(query) ? (index) => pageQuery(index, query) : (index) => search(index, query);
      let expected, actual;
      try { expected = describe(run(whole)); } catch (e) { expected = e.name + ": " + e.message; }
      try { actual = describe(await open().search(run)); } catch (e) { actual = e.name + ": " + e.message; }
      const shown = Array.isArray(query) ? `page(${query.join(" ")})` : query;
      const difference = typeof expected === "string" || typeof actual === "string"
        ? (expected === actual ? null : `whole: ${typeof expected === "string" ? expected : expected.length + " results"}; sharded: ${typeof actual === "string" ? actual : actual.length + " results"}`)
        : compare(expected, actual);
      total++;
      if (difference) { failures.push(`${name}: "${shown}": ${difference}`); } else { agreed++; }
      if (Array.isArray(expected) && expected.length > 0) { nonEmpty++; }
    }
    console.log(`${name}: ${agreed}/${perCategory} identical (${nonEmpty} with results)`);
  }
  const shardCount = JSON.parse(fs.readFileSync(manifestPath, "utf8")).shards.length;
  console.log(`${total} queries, each from an empty loader: ${(fetched / total).toFixed(1)} of ${shardCount} term shards fetched per query on average`);
  if (failures.length > 0) {
    console.log(`${failures.length} differences:`);
    failures.slice(0, 50).forEach((f) => console.log("  " + f));
    process.exit(1);
  }
})().catch((e) => { console.error(e.stack || e); process.exit(2); });
