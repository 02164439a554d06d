// Runs every case of tests/fixtures/welsh-search/cases.json through the JavaScript Welsh pipeline
// (themes/default/assets/js/lunr-cy.js) on lunr.js 2.3.9. The C# side runs the same table in
// tests/LpipSite.Core.Tests/Search/WelshPipelineTests.cs. Then checks lunr.cy.query and lunr.cy.search,
// which the search page uses on a Welsh index.
//   NODE_PATH=themes/default/node_modules node --test tests/tools/lunr-cy.test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const cy = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'lunr-cy.js'))(lunr);

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'welsh-search', 'cases.json'), 'utf8'));

// The whole build pipeline on one field value, as lunr.Builder.add runs it.
function terms(text) {
  const pipeline = new lunr.Pipeline();
  pipeline.add.apply(pipeline, cy.pipeline);
  return pipeline.run(lunr.tokenizer(text)).map(t => t.toString());
}

test('mutated tokens expand to themselves and their radicals, in order', () => {
  for (const c of cases.expand) {
    assert.deepEqual(cy.expand(c.token), [c.token].concat(c.radicals), c.note);
    const out = lunr.Pipeline.registeredFunctions['mutations-cy'](new lunr.Token(c.token, {}));
    assert.deepEqual(out.map(t => t.toString()), [c.token].concat(c.radicals), 'registered function: ' + c.token);
  }
});

test('radical and unmutatable tokens are left alone', () => {
  for (const w of cases.unchanged) {
    assert.deepEqual(cy.expand(w), [w], w);
  }
});

test('the trimmer keeps Unicode letters, marks and numbers at the edges', () => {
  for (const c of cases.trim) {
    assert.equal(cy.trim(c.token), c.trimmed, c.token);
    assert.equal(lunr.Pipeline.registeredFunctions['trimmer-cy'](new lunr.Token(c.token, {})).toString(), c.trimmed, c.token);
  }
});

test('the stop-word filter drops the table\'s stop words and the empty token, and keeps the others', () => {
  const filter = lunr.Pipeline.registeredFunctions['stopWordFilter-cy'];
  for (const w of cases.stopWords) assert.equal(filter(new lunr.Token(w, {})), undefined, w);
  for (const w of cases.notStopWords.filter(w => w !== '')) assert.equal(filter(new lunr.Token(w, {})).toString(), w, w);
  assert.equal(filter(new lunr.Token('', {})), undefined);
  assert.deepEqual(cy.stopWords.slice().sort(), cases.stopWords.slice().sort(), 'the table lists exactly the stop words');
});

test('the whole pipeline turns field text into the table\'s terms', () => {
  for (const c of cases.pipeline) assert.deepEqual(terms(c.text), c.terms, c.text);
});

test('an index built with the Welsh pipeline serialises its labels and loads again', () => {
  const idx = lunr(function () {
    this.pipeline.reset(); this.searchPipeline.reset();
    this.pipeline.add.apply(this.pipeline, cy.pipeline);
    this.searchPipeline.add.apply(this.searchPipeline, cy.pipeline);
    this.ref('id'); this.field('body');
    this.add({ id: '1', body: 'Caerdydd' });
  });
  const json = JSON.parse(JSON.stringify(idx));
  assert.deepEqual(json.pipeline, ['trimmer-cy', 'stopWordFilter-cy', 'mutations-cy']);
  const loaded = lunr.Index.load(json);
  assert.deepEqual(loaded.search('nghaerdydd').map(r => r.ref), ['1']);
});

// A small Welsh index as the browser gets it: built with the Welsh pipeline, serialised, loaded again.
function welshIndex(docs) {
  const built = lunr(function () {
    this.pipeline.reset(); this.searchPipeline.reset();
    this.pipeline.add.apply(this.pipeline, cy.pipeline);
    this.searchPipeline.add.apply(this.searchPipeline, cy.pipeline);
    this.ref('id'); this.field('title', { boost: 10 }); this.field('body');
    docs.forEach(d => this.add(d));
  });
  return lunr.Index.load(JSON.parse(JSON.stringify(built)));
}

const queryDocs = [
  { id: '1', title: 'Caerdydd', body: 'Y brifddinas.' },
  { id: '2', title: 'Newyddion', body: 'Cynhadledd yng Nghaerdydd a Bangor.' },
  { id: '3', title: 'Ynys Môn', body: 'Gŵyl Fawr ym Mangor; ei henw hi.' },
  { id: '4', title: 'Aberystwyth', body: 'Prifysgol ger y môr.' },
];
const refs = results => results.map(r => r.ref).sort();

test('lunr.cy.search gives index.search\'s results wherever lunr already expands every form', () => {
  const idx = welshIndex(queryDocs);
  const same = ['caerdydd', 'nghaerdydd', 'gaerdydd bangor', 'mangor', 'title:caerdydd', 'body:caerdydd',
    'caerdydd -bangor', '-bangor', 'mangr~1', 'caer*', '*dydd', 'enw^5 môn', 'yr', '-yr', 'xyz'];
  for (const q of same) {
    const show = rs => rs.map(r => r.ref + ':' + r.score + ':' + Object.keys(r.matchData.metadata).sort().join(','));
    assert.deepEqual(show(cy.search(idx, q)), show(idx.search(q)), q);
  }
});

test('a wildcard term has its mutations expanded too, so a mutated prefix finds the radical', () => {
  const idx = welshIndex(queryDocs);
  assert.deepEqual(refs(idx.search('nghaer*')), ['2'], 'lunr alone finds only the mutated form');
  assert.deepEqual(refs(cy.search(idx, 'nghaer*')), ['1', '2']);
  assert.deepEqual(refs(cy.search(idx, 'chaer*')), ['1', '2']);
  assert.deepEqual(refs(cy.search(idx, 'title:gaer*')), ['1']);
  assert.deepEqual(refs(cy.search(idx, 'fango*')), ['2', '3'], 'f- may be soft b-');
  assert.deepEqual(refs(cy.query(idx, q => q.term('nghaer', { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }))), ['1', '2']);
});

test('a required term is met by any of its forms, and a required stop word neither throws nor matches everything', () => {
  const idx = welshIndex(queryDocs);
  assert.deepEqual(refs(idx.search('+fangor')), [], 'lunr alone requires every form ("fangor" is not indexed)');
  assert.deepEqual(refs(cy.search(idx, '+fangor')), ['2', '3']);
  assert.deepEqual(refs(cy.search(idx, '+gaerdydd +mangor')), ['2']);
  assert.deepEqual(refs(cy.search(idx, '+nghaer* +fangor')), ['2']);
  assert.deepEqual(refs(cy.search(idx, '+mangr~1')), ['2', '3']);
  assert.deepEqual(refs(cy.search(idx, '+xyz')), []);
  assert.deepEqual(refs(cy.search(idx, '+xyz caerdydd')), []);
  assert.throws(() => idx.search('+yr'), TypeError, 'lunr alone throws');
  assert.deepEqual(refs(cy.search(idx, '+yr')), []);
  assert.deepEqual(refs(cy.search(idx, '+yr caerdydd')), ['1', '2']);
  assert.deepEqual(refs(cy.search(idx, '-mangor')), ['1', '4'], 'a prohibited term excludes every form');
});

test('query syntax errors reach the caller as lunr.QueryParseError', () => {
  const idx = welshIndex(queryDocs);
  assert.throws(() => cy.search(idx, 'title:'), lunr.QueryParseError);
});
