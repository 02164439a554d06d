// Runs every case of tests/fixtures/welsh-search/cases.json through the JavaScript Welsh pipeline
// (themes/default/search-cy/lunr-cy.js) on lunr.js 2.3.9. The C# side runs the same table in
// tests/LpipSite.Core.Tests/Search/WelshPipelineTests.cs.
//   NODE_PATH=themes/default/node_modules node --test tests/tools/lunr-cy.test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const cy = require(path.join(__dirname, '..', '..', 'themes', 'default', 'search-cy', 'lunr-cy.js'))(lunr);

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
