#!/usr/bin/env node
// Times lunr.js 2.3.9 building (and JSON.stringify-ing) an index from a tester-format input file.
// Usage: node bench/lunr-bench.js INPUT.json [ITERATIONS] [OUTPUT.json]
// Prints one JSON line: {"timesMs":[...], "bytes":N, "maxRssKb":N}. lunr comes from the theme's
// node_modules (npm ci --prefix themes/default).
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require(path.join(__dirname, '..', 'themes', 'default', 'node_modules', 'lunr'));

const [inputPath, iterationsText = '1', outputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
const iterations = Number(iterationsText);

const timesMs = [];
let text = '';
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  const idx = lunr(function () {
    this.ref(input.ref || 'id');
    (input.fields || []).forEach(f => this.field(f.name, f.boost !== undefined ? { boost: f.boost } : undefined));
    if (input.b !== undefined) this.b(input.b);
    if (input.k1 !== undefined) this.k1(input.k1);
    if (input.metadataWhitelist) this.metadataWhitelist = input.metadataWhitelist.slice();
    const boosts = input.documentBoosts || {};
    input.documents.forEach(doc => {
      const r = String(doc[input.ref || 'id']);
      this.add(doc, boosts[r] !== undefined ? { boost: boosts[r] } : undefined);
    });
  });
  text = JSON.stringify(idx);
  timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
}

if (outputPath) fs.writeFileSync(outputPath, text);
console.log(JSON.stringify({ timesMs, bytes: Buffer.byteLength(text), maxRssKb: process.resourceUsage().maxRSS }));
