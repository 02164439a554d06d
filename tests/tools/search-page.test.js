// Runs the theme's search.js as the search page does (after js/lunr.js, and on a Welsh page after
// js/lunr-cy.js), in a bare script context with a minimal stand-in for the page's elements and fetch,
// and checks what it shows: the Welsh form (data-language="cy") searches through the Welsh pipeline,
// mutated words and mutated prefixes included; the English form behaves as before.
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

// Just enough of the DOM for search.js: text, children, attributes, hidden, and the form's checkboxes.
class Node {
  constructor(tag) { this.tagName = tag; this.children = []; this.text = ''; this.attributes = {}; this.hidden = false; }
  get textContent() { return this.children.length ? this.children.map(c => c.textContent).join('') : this.text; }
  set textContent(value) { this.children = []; this.text = String(value); }
  appendChild(child) {
    if (child.tagName === '#fragment') { this.children.push(...child.children); } else { this.children.push(child); }
    return child;
  }
  getAttribute(name) { return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null; }
  querySelectorAll() { return []; }
  addEventListener() {}
  find(tag) { return this.children.flatMap(c => (c.tagName === tag ? [c] : []).concat(c.find ? c.find(tag) : [])); }
}

const docs = [
  ['/places/cardiff/', 'place', 'Caerdydd', 'Y brifddinas ar lan y môr.', ''],
  ['/news/cynhadledd/', 'news', 'Cynhadledd', 'Cynhadledd yng Nghaerdydd a Bangor.', 'Newyddion'],
  ['/places/anglesey/', 'place', 'Ynys Môn', 'Gŵyl Fawr ym Mangor; ei henw hi.', ''],
  ['/case-studies/running/', 'case-study', 'Running with Lunr', 'Small, full-text search in the browser.', ''],
];
const store = { types: { place: 'Place', news: 'News', 'case-study': 'Case study' }, docs };

function buildIndex(welsh) {
  const built = lunr(function () {
    if (welsh) {
      this.pipeline.reset(); this.searchPipeline.reset();
      this.pipeline.add.apply(this.pipeline, cy.pipeline);
      this.searchPipeline.add.apply(this.searchPipeline, cy.pipeline);
    }
    this.ref('id'); this.field('title', { boost: 10 }); this.field('summary', { boost: 5 });
    docs.forEach((d, i) => this.add({ id: String(i), title: d[2], summary: d[3] }));
  });
  return JSON.parse(JSON.stringify(built));
}

const indexes = { en: buildIndex(false), cy: buildIndex(true) };

// The status line's words, as the search page writes them from the theme's text tables.
const messages = {
  en: { searching: 'Searching…', unavailable: 'Search is not available right now.', results: { one: '{count} result for “{query}”{filter}{shown}.', other: '{count} results for “{query}”{filter}{shown}.' }, in_types: ' in {types}', showing_first: ' (showing the first {count})' },
  cy: { searching: 'Wrthi’n chwilio…', unavailable: 'Nid yw’r chwiliad ar gael.', results: { zero: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.', one: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.', two: '{count} ganlyniad ar gyfer “{query}”{filter}{shown}.', few: '{count} chanlyniad ar gyfer “{query}”{filter}{shown}.', many: '{count} chanlyniad ar gyfer “{query}”{filter}{shown}.', other: '{count} canlyniad ar gyfer “{query}”{filter}{shown}.' }, in_types: ' yn {types}', showing_first: ' (yn dangos y {count} cyntaf)' },
};

// Loads the page's scripts for a query and waits until search.js has shown its answer.
async function searchPage(language, q) {
  const elements = {};
  for (const id of ['search-form', 'search-q', 'search-status', 'search-results', 'search-empty']) elements[id] = new Node(id);
  const form = elements['search-form'];
  form.attributes['data-index'] = '/index.json';
  form.attributes['data-documents'] = '/documents.json';
  form.attributes['data-language'] = language;
  const files = { '/index.json': indexes[language], '/documents.json': store };
  elements['search-status'].attributes['data-messages'] = JSON.stringify(messages[language]);
  const document = {
    documentElement: { lang: language === 'cy' ? 'cy' : 'en-GB' },
    getElementById: id => elements[id] || null,
    createElement: tag => new Node(tag),
    createDocumentFragment: () => new Node('#fragment'),
    createTextNode: text => { const n = new Node('#text'); n.text = text; return n; },
  };
  const fetch = url => Promise.resolve({ ok: true, json: () => Promise.resolve(JSON.parse(JSON.stringify(files[url]))) });
  const window = { location: { search: '?q=' + encodeURIComponent(q) }, history: { replaceState() {} }, fetch };
  const context = vm.createContext({ window, document, fetch, URLSearchParams, console });
  vm.runInContext(lunrScript, context);
  if (language === 'cy') vm.runInContext(welshScript, context);
  vm.runInContext(searchScript, context);
  const status = elements['search-status'];
  for (let i = 0; i < 50 && (status.textContent === messages[language].searching || status.textContent === ''); i++) await new Promise(resolve => setImmediate(resolve));
  const items = elements['search-results'].children;
  return {
    status: status.textContent,
    urls: items.map(li => li.find('a')[0].href),
    marked: items.flatMap(li => li.find('mark').map(m => m.textContent)),
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
  assert.deepEqual((await searchPage('en', 'gaerdydd')).urls, []);
});

test('the status line is in the language of the page, with the plural form Intl.PluralRules picks', async () => {
  assert.equal((await searchPage('en', 'Caerdydd')).status, '1 result for “Caerdydd”.');
  assert.equal((await searchPage('cy', 'nghaerdydd')).status, '2 ganlyniad ar gyfer “nghaerdydd”.');
});
