#!/usr/bin/env node
// Benchmark: in headless Chromium, how long does the search page take to fetch the index,
// run lunr.Index.load and answer its first query? Goal: load + first query under 100 ms for
// the shipped site. Usage: node search-load.js [site folder = ../../_site] [runs = 7]
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '_site'));
const runs = Number(process.argv[3] || 7);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/search/`);
  const sizes = await page.evaluate(async () => {
    const index = await (await fetch('/search/index.json')).text();
    const docs = await (await fetch('/search/documents.json')).text();
    return { index: index.length, docs: docs.length };
  });
  const loads = [], queries = [], totals = [];
  for (let i = 0; i < runs; i++) {
    const t = await page.evaluate(async () => {
      const t0 = performance.now();
      const [index, docs] = await Promise.all([
        fetch('/search/index.json', { cache: 'no-store' }).then(r => r.json()),
        fetch('/search/documents.json', { cache: 'no-store' }).then(r => r.json()),
      ]);
      const t1 = performance.now();
      const idx = lunr.Index.load(index);
      const t2 = performance.now();
      const results = idx.search('partnership');
      const t3 = performance.now();
      return { fetch: t1 - t0, load: t2 - t1, query: t3 - t2, results: results.length, docs: docs.docs.length };
    });
    loads.push(t.load); queries.push(t.query); totals.push(t.fetch + t.load + t.query);
    if (i === 0) {
      console.log(`documents: ${t.docs}, index ${(sizes.index / 1024).toFixed(0)} KB, store ${(sizes.docs / 1024).toFixed(0)} KB, first query results: ${t.results}`);
      console.log(`first (cold) run: lunr.Index.load ${t.load.toFixed(1)} ms + first query ${t.query.toFixed(1)} ms = ${(t.load + t.query).toFixed(1)} ms (goal < 100 ms)`);
    }
  }
  console.log(`median over ${runs} runs: lunr.Index.load ${median(loads).toFixed(1)} ms, first query ${median(queries).toFixed(1)} ms, ` +
    `load + query ${(median(loads) + median(queries)).toFixed(1)} ms (goal < 100 ms), with fetching from loopback ${median(totals).toFixed(1)} ms`);
  await browser.close();
  server.close();
});
