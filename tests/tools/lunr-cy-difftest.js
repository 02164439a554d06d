#!/usr/bin/env node
// Welsh differential test: builds the reference index with lunr.js 2.3.9 and the Welsh pipeline of
// themes/default/assets/js/lunr-cy.js (as build and search pipeline), requires the candidate (built by
// the C# LunrIndexBuilder with SearchLanguage.Welsh) to be byte-identical to JSON.stringify of it and
// to load, then runs each query on both and requires the same refs and scores. Prints
// {"results":{query:[ref,...]}} for the candidate.
//   NODE_PATH=themes/default/node_modules node tests/tools/lunr-cy-difftest.js docs.json candidate.json queries.json
// docs.json: {"fields":[{"name":"title","boost":10},...],"documents":[{"id":"1","title":"...",...},...],
//             "metadataWhitelist":["position",...] (optional)}
// Exit 0 = equivalent, 1 = differences, 2 = usage or load error.
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const cy = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'lunr-cy.js'))(lunr);

const [inputPath, candidatePath, queriesPath] = process.argv.slice(2);
if (!queriesPath) { console.error('usage: lunr-cy-difftest.js docs.json candidate.json queries.json'); process.exit(2); }
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
const candidateText = fs.readFileSync(candidatePath, 'utf8');
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));

const reference = lunr(function () {
  this.pipeline.reset();
  this.searchPipeline.reset();
  this.pipeline.add.apply(this.pipeline, cy.pipeline);
  this.searchPipeline.add.apply(this.searchPipeline, cy.pipeline);
  this.ref('id');
  if (input.metadataWhitelist) this.metadataWhitelist = input.metadataWhitelist;
  input.fields.forEach(f => this.field(f.name, f.boost !== undefined ? { boost: f.boost } : undefined));
  input.documents.forEach(d => this.add(d));
});
const referenceText = JSON.stringify(reference);

const problems = [];
if (candidateText !== referenceText) {
  let i = 0;
  while (i < candidateText.length && candidateText[i] === referenceText[i]) i++;
  problems.push(`not byte-identical at ${i}:\n  lunr.js: …${referenceText.slice(Math.max(0, i - 80), i + 80)}\n  C#:      …${candidateText.slice(Math.max(0, i - 80), i + 80)}`);
}

const warnings = [];
const warn = console.warn; console.warn = (...m) => warnings.push(m.join(' '));
let candidate;
try { candidate = lunr.Index.load(JSON.parse(candidateText)); } catch (e) { console.warn = warn; console.error('candidate failed to load: ' + e.message); process.exit(2); }
console.warn = warn;
warnings.forEach(w => problems.push('load warning: ' + w));

const results = {};
for (const q of queries) {
  const a = reference.search(q), b = candidate.search(q);
  const show = r => r.map(x => x.ref + ':' + x.score).join(' ');
  if (show(a) !== show(b)) problems.push(`query ${JSON.stringify(q)}: lunr.js [${show(a)}] C# [${show(b)}]`);
  results[q] = b.map(x => x.ref);
}

process.stdout.write(JSON.stringify({ results }) + '\n');
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
