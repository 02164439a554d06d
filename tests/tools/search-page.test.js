// Runs the theme's search.js as the search page does (after js/lunr.js, on a Welsh page js/lunr-cy.js, and
// js/lunr-shards.js), in a bare script context with a minimal stand-in for the page's elements and fetch,
// and checks what it shows: the Welsh form (data-language="cy") searches through the Welsh pipeline,
// mutated words and mutated prefixes included; the English form as before; a misspelt word gets
// "Did you mean"; results carry an excerpt; and only the files a query needs are fetched.
//   NODE_PATH=themes/default/node_modules node --test tests/tools/search-page.test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const lunr = require('lunr');
const cy = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'lunr-cy.js'))(lunr);

const js = path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js');
const lunrScript = fs.readFileSync(require.resolve('lunr/lunr.min.js'), 'utf8');
const welshScript = fs.readFileSync(path.join(js, 'lunr-cy.js'), 'utf8');
const searchScript = fs.readFileSync(path.join(js, 'search.js'), 'utf8');
const shardsScript = fs.readFileSync(path.join(js, 'lunr-shards.js'), 'utf8');

// Just enough of the DOM for search.js: text, children, attributes, hidden, listeners, and lookups by tag.
class Node {
  constructor(tag) { this.tagName = tag; this.children = []; this.text = ''; this.attributes = {}; this.hidden = false; this.parentNode = null; this.listeners = {}; }
  get textContent() { return this.tagName === '#text' ? this.text : this.children.map(c => c.textContent).join(''); }
  set textContent(value) {
    if (this.tagName === '#text') { this.text = String(value); return; }
    const text = new Node('#text');
    text.text = String(value);
    this.children = [];
    if (text.text !== '') { this.appendChild(text); }
  }
  appendChild(child) {
    const added = child.tagName === '#fragment' ? child.children : [child];
    added.forEach(c => { c.parentNode = this; this.children.push(c); });
    return child;
  }
  getAttribute(name) { return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  removeAttribute(name) { delete this.attributes[name]; }
  querySelector(tag) { return this.find(tag)[0] || null; }
  querySelectorAll(tag) { return this.find(tag); }
  addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
  focus() {}
  find(tag) { return this.children.flatMap(c => (c.tagName === tag ? [c] : []).concat(c.find ? c.find(tag) : [])); }
}

// Each page: [url, type, title, summary, meta, text]; the text is what excerpts are cut from.
const docs = [
  ['/places/cardiff/', 'place', 'Caerdydd', 'Y brifddinas ar lan y môr.', '', 'Prifddinas Cymru.'],
  ['/news/cynhadledd/', 'news', 'Cynhadledd', 'Cynhadledd yng Nghaerdydd a Bangor.', 'Newyddion', ''],
  ['/places/anglesey/', 'place', 'Ynys Môn', 'Gŵyl Fawr ym Mangor; ei henw hi.', '', ''],
  ['/case-studies/running/', 'case-study', 'Running with Lunr', 'Small, full-text search in the browser.', '',
    'Lunr builds an index ahead of time. Readers then search it on any device, and the browser answers without a server. ' +
    'Nothing is sent anywhere, which matters for privacy.'],
];
const typeLabels = { place: 'Place', news: 'News', 'case-study': 'Case study' };

function buildIndex(welsh) {
  const built = lunr(function () {
    if (welsh) {
      this.pipeline.reset(); this.searchPipeline.reset();
      this.pipeline.add.apply(this.pipeline, cy.pipeline);
      this.searchPipeline.add.apply(this.searchPipeline, cy.pipeline);
    }
    this.ref('id'); this.field('title', { boost: 10 }); this.field('summary', { boost: 5 }); this.field('body');
    docs.forEach((d, i) => this.add({ id: String(i), title: d[2], summary: d[3], body: d[5] }));
  });
  return JSON.parse(JSON.stringify(built));
}

// The search files the generator writes (docs/search.md), made here from lunr.js's own index with one term
// per shard, so every query crosses shard boundaries.
function searchFiles(index) {
  const vectors = new Map(index.fieldVectors.map(([ref, v]) => [ref, v]));
  const files = {};
  index.invertedIndex.forEach(([term, posting], i) => {
    files[`/search/terms/${i}.json`] = [[term, posting._index, ...index.fields.map(field => {
      const flat = [];
      let previous = 0;
      Object.keys(posting[field]).map(Number).sort((a, b) => a - b).forEach(ref => {
        const v = vectors.get(`${field}/${ref}`);
        const at = v.findIndex((x, k) => k % 2 === 0 && x === posting._index);
        flat.push(ref - previous, Math.round(v[at + 1] * 1000));
        previous = ref;
      });
      return flat;
    })]];
  });
  files['/search/manifest.json'] = { format: 1, build: 'test', version: '2.3.9', fields: index.fields, pipeline: index.pipeline,
    documents: docs.length, terms: index.invertedIndex.length, shards: index.invertedIndex.map(([term]) => term) };
  files['/search/vocabulary.json'] = index.invertedIndex.map(([term]) => term);
  const types = Object.keys(typeLabels);
  files['/search/filters.json'] = { facets: [{ key: 'type', legend: 'Type', values: types.map(t => [t, typeLabels[t]]), docs: docs.map(d => types.indexOf(d[1])) }] };
  files['/search/dates.json'] = docs.map(() => null);
  docs.forEach((d, i) => { files[`/search/docs/${i}.json`] = d; });
  return files;
}

const files = { en: searchFiles(buildIndex(false)), cy: searchFiles(buildIndex(true)) };

// The status line's words, as the search page writes them from the theme's text tables.
const messages = {
  en: { searching: 'Searching…', unavailable: 'Search is not available right now.', results: { one: '{count} result for “{query}”{filter}{shown}.', other: '{count} results for “{query}”{filter}{shown}.' }, in_types: ' in {types}', showing_first: ' (showing the first {count})',
    similar: { one: 'No results for “{query}”. {count} result for similar words{filter}{shown}.', other: 'No results for “{query}”. {count} results for similar words{filter}{shown}.' }, did_you_mean: 'Did you mean {suggestion}?', show_all: 'Show all {count}', show_fewer: 'Show fewer' },
  cy: { searching: 'Wrthi’n chwilio…', unavailable: 'Nid yw’r chwiliad ar gael.', results: { zero: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.', one: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.', two: '{count} ganlyniad ar gyfer “{query}”{filter}{shown}.', few: '{count} chanlyniad ar gyfer “{query}”{filter}{shown}.', many: '{count} chanlyniad ar gyfer “{query}”{filter}{shown}.', other: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.' }, in_types: ' yn {types}', showing_first: ' (yn dangos y {count} cyntaf)',
    similar: { other: 'Dim canlyniadau ar gyfer “{query}”. {count} canlyniad ar gyfer geiriau tebyg{filter}{shown}.' }, did_you_mean: 'Oeddech chi’n golygu {suggestion}?', show_all: 'Dangos y cyfan ({count})', show_fewer: 'Dangos llai' },
};

// Loads the page's scripts for a query and waits until search.js has shown its answer.
async function searchPage(language, q) {
  const elements = {};
  for (const id of ['search-form', 'search-q', 'search-status', 'search-results', 'search-empty', 'search-facets', 'search-tools', 'search-sort', 'search-clear', 'search-more', 'search-suggestion']) elements[id] = new Node(id);
  const form = elements['search-form'];
  const typeSet = new Node('fieldset');
  form.querySelector = selector => (selector === 'fieldset[data-facet=type]' ? typeSet : null);
  form.attributes['data-manifest'] = '/search/manifest.json';
  form.attributes['data-language'] = language;
  elements['search-q'].value = elements['search-q'].defaultValue = '';
  elements['search-status'].attributes['data-messages'] = JSON.stringify(messages[language]);
  const requested = [];
  const document = {
    documentElement: { lang: language === 'cy' ? 'cy' : 'en-GB' },
    getElementById: id => elements[id] || null,
    createElement: tag => new Node(tag),
    createDocumentFragment: () => new Node('#fragment'),
    createTextNode: text => { const n = new Node('#text'); n.text = text; return n; },
  };
  const fetch = url => {
    const file = url.replace(/\?.*$/, '');
    requested.push(file);
    return Promise.resolve(files[language][file]
      ? { ok: true, json: () => Promise.resolve(JSON.parse(JSON.stringify(files[language][file]))) }
      : { ok: false, status: 404 });
  };
  const window = { location: { search: '?q=' + encodeURIComponent(q) }, history: { replaceState() {}, pushState() {} }, fetch, Promise, Proxy, addEventListener() {} };
  const context = vm.createContext({ window, document, fetch, URLSearchParams, console, Promise, Proxy });
  vm.runInContext(lunrScript, context);
  if (language === 'cy') vm.runInContext(welshScript, context);
  vm.runInContext(shardsScript, context);
  vm.runInContext(searchScript, context);
  const status = elements['search-status'];
  for (let i = 0; i < 200 && (status.textContent === messages[language].searching || status.textContent === ''); i++) await new Promise(resolve => setImmediate(resolve));
  const items = elements['search-results'].children;
  return {
    status: status.textContent,
    urls: items.map(li => li.find('a')[0].href),
    marked: items.flatMap(li => li.find('mark').map(m => m.textContent)),
    excerpts: items.flatMap(li => li.find('p').filter(p => p.className === 'result-excerpt').map(p => p.textContent)),
    suggestion: elements['search-suggestion'].hidden ? null : elements['search-suggestion'].textContent,
    counts: typeSet.find('span').filter(s => s.className === 'search-option' && !s.hidden).map(s => s.textContent),
    requested,
    hasWelsh: typeof context.lunr.cy === 'object',
  };
}

test('the Welsh page finds every form of a word from any form', async () => {
  for (const q of ['Caerdydd', 'nghaerdydd', 'Gaerdydd', 'chaerdydd']) {
    const page = await searchPage('cy', q);
    assert.deepEqual(page.urls.slice().sort(), ['/news/cynhadledd/', '/places/cardiff/'], q);
  }
  const page = await searchPage('cy', 'nghaerdydd');
  assert.ok(page.marked.includes('Caerdydd'), 'the radical is marked: ' + page.marked);
  assert.ok(page.marked.includes('Nghaerdydd'), 'the mutated form is marked: ' + page.marked);
});

test('the Welsh page expands a mutated prefix typed with a wildcard, and a prefix without one', async () => {
  for (const q of ['nghaer*', 'gaer*', 'nghaer']) {
    const page = await searchPage('cy', q);
    assert.deepEqual(page.urls.slice().sort(), ['/news/cynhadledd/', '/places/cardiff/'], q);
  }
  assert.deepEqual((await searchPage('cy', 'fango*')).urls.slice().sort(), ['/news/cynhadledd/', '/places/anglesey/']);
});

test('the Welsh page keeps Welsh letters, meets a required word by any form and ignores Welsh stop words', async () => {
  assert.deepEqual((await searchPage('cy', 'Môn')).urls, ['/places/anglesey/']);
  assert.deepEqual((await searchPage('cy', 'gŵyl')).urls, ['/places/anglesey/']);
  assert.deepEqual((await searchPage('cy', '+fangor +gaerdydd')).urls, ['/news/cynhadledd/']);
  const stop = await searchPage('cy', 'yr');
  assert.deepEqual(stop.urls, []);
  assert.equal(stop.status, '0 canlyniad ar gyfer \u201cyr\u201d.');
  assert.equal((await searchPage('cy', '+yr')).status, '0 canlyniad ar gyfer \u201c+yr\u201d.');
});

test('the English page searches as before, without lunr-cy.js', async () => {
  const page = await searchPage('en', 'run');
  assert.equal(page.hasWelsh, false);
  assert.deepEqual(page.urls, ['/case-studies/running/']);
  assert.deepEqual(page.marked, ['Running']);
  assert.equal(page.status, '1 result for \u201crun\u201d.');
  assert.deepEqual((await searchPage('en', 'brows*')).urls, ['/case-studies/running/']);
  assert.deepEqual((await searchPage('en', 'nghaer*')).urls, ['/news/cynhadledd/'], 'no mutations in English');
  const mutated = await searchPage('en', 'gaerdydd');
  assert.equal(mutated.status, 'No results for “gaerdydd”. 1 result for similar words.', 'only a misspelling of Caerdydd in English');
  assert.equal(mutated.suggestion, 'Did you mean caerdydd?');
});

test('the status line is in the language of the page, with the plural form Intl.PluralRules picks', async () => {
  assert.equal((await searchPage('en', 'Caerdydd')).status, '1 result for “Caerdydd”.');
  assert.equal((await searchPage('cy', 'nghaerdydd')).status, '2 ganlyniad ar gyfer “nghaerdydd”.');
});

test('a misspelt word finds the pages of the word it resembles, and the page suggests that word', async () => {
  const page = await searchPage('en', 'brwser');
  assert.deepEqual(page.urls, ['/case-studies/running/']);
  assert.equal(page.status, 'No results for “brwser”. 1 result for similar words.');
  assert.equal(page.suggestion, 'Did you mean browser?');
  assert.ok(page.requested.includes('/search/vocabulary.json'), 'a fuzzy word is looked up in the vocabulary');
  assert.equal((await searchPage('en', 'browser')).suggestion, null);
});

test('a result shows the passage of its text around the matched word, marked', async () => {
  const page = await searchPage('en', 'privacy');
  assert.deepEqual(page.urls, ['/case-studies/running/']);
  assert.equal(page.excerpts.length, 1);
  assert.match(page.excerpts[0], /^… .*matters for privacy\.$/);
  assert.ok(page.marked.includes('privacy.'));
});

test('a query fetches its own term shards, the filters and the documents it shows, nothing else', async () => {
  const page = await searchPage('en', 'privacy');
  const terms = page.requested.filter(f => f.startsWith('/search/terms/'));
  assert.ok(terms.length >= 1 && terms.length <= 3, 'term shards: ' + terms);
  assert.deepEqual(page.requested.filter(f => f.startsWith('/search/docs/')), ['/search/docs/3.json']);
  assert.ok(!page.requested.includes('/search/vocabulary.json'));
  assert.ok(!page.requested.includes('/search/index.json'));
  assert.deepEqual(page.counts, ['Case study (1)']);
});
