#!/usr/bin/env node
// Benchmark: the site's own search page (/search/, lunr.js) against Pagefind 1.x indexing the same
// built site, side by side in headless Chromium, at several corpus sizes. See bench/README.md.
//
//   npm ci --prefix themes/default          # once: lunr.js for the theme
//   npm ci --prefix bench/search-browser    # once: playwright-core and pagefind (no browser is downloaded)
//   node bench/search-browser/compare-pagefind.js [--sizes 1000,10000] [--runs 5] [--lpip PATH] [--keep]
//
// For each size N: gen_corpus.py writes a synthetic content folder, `lpip build` builds it,
// `pagefind --site SITE --output-subdir _pagefind` indexes the built HTML (no configuration), and a
// small bench page (/pagefind-bench/) searches with Pagefind's JS API. A static server on loopback
// (in a worker thread) serves the site gzipped; a new Chromium per run (empty profile and cache) opens
// /search/?q=WORD (ours) or /pagefind-bench/?q=WORD (Pagefind), waits for the first results, then
// types a second word and presses Enter in the same page and waits for its results. Sides alternate
// run by run; the table at the end has the medians and the ratios ours/Pagefind.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const http = require('http');
const { spawnSync } = require('child_process');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const repo = path.resolve(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = {
    sizes: [1000, 10000], runs: 5, lpip: null, keep: false, timeout: 60,
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    corpus: process.env.GEN_CORPUS || '/work/shared/bench/gen_corpus.py',
    csp: false, verbose: false, incognito: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { if (i + 1 >= argv.length) { usage(`${a} needs a value`); } return argv[++i]; };
    switch (a) {
      case '--sizes': o.sizes = value().split(',').map(s => Number(s.replace(/_/g, ''))); break;
      case '--runs': o.runs = Number(value()); break;
      case '--lpip': o.lpip = path.resolve(value()); break;
      case '--keep': o.keep = true; break;
      case '--timeout': o.timeout = Number(value()); break;
      case '--chromium': o.chromium = value(); break;
      case '--corpus': o.corpus = path.resolve(value()); break;
      case '--csp': o.csp = true; break;
      case '--incognito': o.incognito = true; break;
      case '--verbose': case '-v': o.verbose = true; break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown option ${a}`);
    }
  }
  if (!o.sizes.length || o.sizes.some(n => !Number.isInteger(n) || n < 1)) { usage('--sizes takes positive whole numbers, e.g. 1000,10000'); }
  if (!Number.isInteger(o.runs) || o.runs < 1) { usage('--runs takes a positive whole number'); }
  if (!(o.timeout > 0)) { usage('--timeout takes seconds'); }
  return o;
}

function usage(problem) {
  const text = `usage: node bench/search-browser/compare-pagefind.js [options]
  --sizes 1000,10000   corpus sizes (case studies)                    [1000,10000]
  --runs K             query pairs per size, each run on both sides    [5]
  --lpip PATH          use this published lpip instead of publishing one
  --keep               reuse the built sites (and published lpip) in .tmp/bench-search/ when present
  --timeout S          seconds to wait for each query's results       [60]
  --chromium PATH      the browser (or CHROMIUM=...)                   [/usr/bin/chromium]
  --corpus PATH        gen_corpus.py (or GEN_CORPUS=...)               [/work/shared/bench/gen_corpus.py]
  --incognito          one browser, a new incognito context per run (in-memory cache) instead of
                       a browser with a new empty profile per run (disk cache, as a visitor has)
  --csp                also send the site's Content-Security-Policy (netlify.toml) with every file
  --verbose            print every run's requests`;
  if (problem) { console.error(`error: ${problem}\n${text}`); process.exit(2); }
  console.log(text);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Set-up: tools, corpus, site, Pagefind index, bench page

// Words of gen_corpus.py's WORDS: no word is a part of another (the fallback test of our page looks
// for the word in the status line). Run i searches QUERIES[i] then QUERIES[i + 5].
const QUERIES = ['housing', 'retrofit', 'transport', 'community', 'broadband',
  'heritage', 'apprenticeships', 'procurement', 'resilience', 'deprivation'];
const WARM_UP = ['tourism', 'manufacturing'];

class Failure extends Error {}

function run(file, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) { throw new Failure(`could not run ${file}: ${r.error.message}`); }
  if (r.status !== 0) {
    const tail = `${r.stdout || ''}\n${r.stderr || ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Failure(`${path.basename(file)} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${tail}`);
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

function preflight(o) {
  try { fs.accessSync(o.chromium, fs.constants.X_OK); } catch {
    throw new Failure(`no Chromium at ${o.chromium} (apt-get install chromium, or --chromium PATH / CHROMIUM=...)`);
  }
  const py = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (py.error || py.status !== 0) { throw new Failure('python3 is needed to write the corpus (gen_corpus.py) and was not found'); }
  if (!fs.existsSync(o.corpus)) { throw new Failure(`no corpus generator at ${o.corpus} (--corpus PATH)`); }
  const bin = pagefindBin();
  const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Failure(`pagefind does not run (${(version.stderr || version.error?.message || '').trim()}); run npm ci --prefix bench/search-browser`);
  }
  if (!fs.existsSync(path.join(repo, 'themes', 'default', 'node_modules', 'lunr', 'lunr.min.js'))) {
    throw new Failure('the theme\'s lunr.js is missing: run npm ci --prefix themes/default');
  }
  return { pagefind: version.stdout.trim(), python: py.stdout.trim() || py.stderr.trim() };
}

function pagefindBin() {
  const bin = path.join(__dirname, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  if (!fs.existsSync(bin)) { throw new Failure('pagefind is not installed: run npm ci --prefix bench/search-browser'); }
  return bin;
}

function gitCommit() {
  const r = spawnSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

let publishedLpip = null;
function lpipPath(o, work) {
  if (o.lpip) {
    if (!fs.existsSync(o.lpip)) { throw new Failure(`no lpip at ${o.lpip}`); }
    return o.lpip;
  }
  if (publishedLpip) { return publishedLpip; }
  const out = path.join(work, 'lpip');
  const exe = path.join(out, 'lpip');
  if (o.keep && fs.existsSync(exe)) { console.error(`Reusing the published ${path.relative(repo, exe)} (--keep)`); return (publishedLpip = exe); }
  console.error('Publishing lpip (Release)...');
  run('dotnet', ['publish', path.join(repo, 'generator', 'LpipSite.Cli'), '-c', 'Release', '-o', out, '--nologo', '-v', 'q']);
  if (!fs.existsSync(exe)) { throw new Failure(`dotnet publish wrote no ${exe}`); }
  return (publishedLpip = exe);
}

function prepareSite(o, work, n) {
  const dir = path.join(work, `n${n}`);
  const site = path.join(dir, 'site');
  const stamp = path.join(dir, 'built.json');
  if (o.keep && fs.existsSync(stamp) && fs.existsSync(path.join(site, 'search', 'index.html')) &&
      fs.existsSync(path.join(site, '_pagefind', 'pagefind.js'))) {
    const info = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    console.error(`Reusing the ${n.toLocaleString('en-GB')}-case-study site built ${info.date} at ${info.commit} (--keep)`);
    writeBenchPage(site);
    return { site, info, reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  console.error(`Writing ${n.toLocaleString('en-GB')} case studies...`);
  run('python3', [o.corpus, dir, String(n)]);
  const lpip = lpipPath(o, work);
  console.error('Building the site with lpip...');
  const build = run(lpip, ['build', '--content', path.join(dir, 'content'), '--theme', path.join(repo, 'themes', 'default'),
    '--output', site, '--today', '2026-11-25', '--no-cache', '--quiet'], { cwd: dir });
  for (const f of ['search/index.html', 'search/index.json']) {
    if (!fs.existsSync(path.join(site, f))) { throw new Failure(`lpip build wrote no ${f} in ${site}`); }
  }
  console.error('Indexing the built site with Pagefind...');
  // The bench page is not in the site while Pagefind indexes it.
  fs.rmSync(path.join(site, 'pagefind-bench'), { recursive: true, force: true });
  const pf = run(process.execPath, [pagefindBin(), '--site', site, '--output-subdir', '_pagefind'], { cwd: dir });
  if (!fs.existsSync(path.join(site, '_pagefind', 'pagefind.js'))) { throw new Failure(`pagefind wrote no _pagefind/pagefind.js in ${site}`); }
  const summary = (pf.stdout.match(/Indexed \d+ pages|Indexed \d+ words|Discovered .*language.*/g) || []).join(', ');
  const info = { date: new Date().toISOString(), commit: gitCommit(), lpipBuildMs: Math.round(build.ms), pagefindMs: Math.round(pf.ms), pagefind: summary };
  fs.writeFileSync(stamp, JSON.stringify(info, null, 2));
  writeBenchPage(site);
  return { site, info, reused: false };
}

// The Pagefind side: a minimal page with the same ids as /search/ (#search-q, #search-status,
// #search-results with data-query from the first result shown and aria-busy="true" until all ten
// are), so one test of "first shown" and "all shown" serves both.
// Its script is a file of its own (the site's Content-Security-Policy allows no inline script).
function writeBenchPage(site) {
  const dir = path.join(site, 'pagefind-bench');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind bench</title>
<script type="module" src="/pagefind-bench/bench.js"></script>
</head>
<body>
<h1>Pagefind bench</h1>
<form id="search-form" role="search" action="/pagefind-bench/" method="get">
<label for="search-q">Search</label> <input type="search" id="search-q" name="q" autocomplete="off"> <button type="submit">Search</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results"></ol>
</body>
</html>
`);
  fs.writeFileSync(path.join(dir, 'bench.js'), `// Pagefind's JS API only (no Pagefind UI): search for ?q=, load data() of the first ten results
// (all requested at once) and show each as soon as it and those before it have arrived, as the site's
// search page does: data-query goes on #search-results with the first result shown, and aria-busy
// stays "true" until all ten are (then data-search-ms: from search() to the last shown). A submit of
// the form searches again in the same page, without a reload.
import * as pagefind from "/_pagefind/pagefind.js";

const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
let latest = 0;

async function run(query) {
  const ticket = ++latest;
  const started = performance.now();
  const search = await pagefind.search(query);
  if (ticket !== latest) { return; }
  const pending = search.results.slice(0, 10).map(result => result.data());
  list.textContent = "";
  list.removeAttribute("data-query");
  list.setAttribute("aria-busy", "true");
  status.textContent = search.results.length + " results for \\u201c" + query + "\\u201d.";
  list.dataset.count = String(search.results.length);
  for (const next of pending) {
    const item = await next;
    if (ticket !== latest) { return; }
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = item.url;
    a.textContent = (item.meta && item.meta.title) || item.url;
    const p = document.createElement("p");
    p.innerHTML = item.excerpt; // Pagefind's excerpt: escaped text with <mark> around the matches
    li.append(a, p);
    list.append(li);
    if (!list.dataset.query) { list.dataset.query = query; }
  }
  list.dataset.searchMs = (performance.now() - started).toFixed(1);
  list.removeAttribute("aria-busy");
}

window.benchSearch = run;
form.addEventListener("submit", event => {
  event.preventDefault();
  const query = input.value.trim();
  if (query) { run(query); }
});
const first = (new URLSearchParams(location.search).get("q") || "").trim();
if (first) {
  if (input.value === input.defaultValue) { input.value = first; }
  run(first);
}
`);
}

function dirBytes(dir, filter = () => true) {
  let raw = 0, files = 0;
  const walk = d => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { walk(p); } else if (filter(p)) { raw += fs.statSync(p).size; files++; }
    }
  };
  if (fs.existsSync(dir)) { walk(dir); }
  return { raw, files };
}

// ---------------------------------------------------------------------------------------------
// The static server (runs in a worker thread, so the browser's events in the main thread do not
// hold up its answers). Netlify-like: gzip for text files, index.html for folders, 404.html with
// 404, ETag and 304, Cache-Control as netlify.toml (a year for /assets/css|js/, else revalidate).

function serve({ root, csp }) {
  const types = {
    '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml',
    '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
    '.gif': 'image/gif', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.pdf': 'application/pdf',
    '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  };
  // Gzipped on the way out: text formats. Pagefind's pf_* and .pagefind files are gzip already and
  // go as they are, like images and fonts. (Pagefind 1.x writes no .wasm file; a .wasm would be gzipped.)
  const compress = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.wasm', '.csv']);
  const gzipped = new Map(); // file -> { mtime, body }: each file is compressed once
  const rootDir = path.resolve(root);

  function gz(file, stat) {
    const hit = gzipped.get(file);
    if (hit && hit.mtime === stat.mtimeMs) { return hit.body; }
    const body = zlib.gzipSync(fs.readFileSync(file), { level: 6 });
    gzipped.set(file, { mtime: stat.mtimeMs, body });
    return body;
  }

  // Compress up front what the benchmark pages fetch, so no request waits for gzip.
  let warmed = 0;
  const prewarm = (d, deep) => {
    if (!fs.existsSync(d)) { return; }
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (deep) { prewarm(p, deep); } } else if (compress.has(path.extname(p))) { gz(p, fs.statSync(p)); warmed++; }
    }
  };
  prewarm(rootDir, false);
  for (const sub of ['search', 'assets', 'pagefind-bench', '_pagefind']) { prewarm(path.join(rootDir, sub), sub !== '_pagefind'); }

  function send(req, res, file, stat, status) {
    const ext = path.extname(file);
    const urlPath = new URL(req.url, 'http://x').pathname;
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': types[ext] || 'application/octet-stream',
      'Cache-Control': /^\/assets\/(css|js)\//.test(urlPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      'ETag': etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (csp) { headers['Content-Security-Policy'] = csp; }
    if (status === 200 && req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    let body;
    if (compress.has(ext)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) { body = gz(file, stat); headers['Content-Encoding'] = 'gzip'; }
    }
    if (!body) { body = fs.readFileSync(file); }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.benchBody = req.method === 'HEAD' ? 0 : body.length;
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(req, res) {
    const page = path.join(rootDir, '404.html');
    if (fs.existsSync(page)) { send(req, res, page, fs.statSync(page), 404); return; }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }

  // What went over the wire, for the one request whose body Chromium does not count (see measureRequests).
  const log = [];
  const server = http.createServer((req, res) => {
    res.on('finish', () => {
      log.push({ url: req.url, status: res.statusCode, body: res.benchBody || 0, headers: Buffer.byteLength(res._header || '') });
    });
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { Allow: 'GET, HEAD' }).end(); return; }
      let pathname;
      try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
      let file = path.join(rootDir, pathname);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) { res.writeHead(403).end(); return; }
      let stat = fs.statSync(file, { throwIfNoEntry: false });
      if (stat && stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          const u = new URL(req.url, 'http://x');
          res.writeHead(301, { Location: u.pathname + '/' + u.search }).end();
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.statSync(file, { throwIfNoEntry: false });
      }
      if (!stat || !stat.isFile()) { notFound(req, res); return; }
      send(req, res, file, stat, 200);
    } catch (e) {
      if (!res.headersSent) { res.writeHead(500).end(String(e)); } else { res.destroy(); }
    }
  });
  parentPort.on('message', m => { if (m.cmd === 'log') { parentPort.postMessage({ id: m.id, log: log.slice(m.since) , next: log.length }); } });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port, warmed }));
}

function startServer(root, csp) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { root, csp } });
    worker.once('message', m => {
      let id = 0;
      const pending = new Map();
      worker.on('message', r => { if (pending.has(r.id)) { pending.get(r.id)(r); pending.delete(r.id); } });
      // The requests the server has answered since position `since` of its log.
      const logSince = since => new Promise(res => { const k = ++id; pending.set(k, res); worker.postMessage({ cmd: 'log', id: k, since }); });
      resolve({ worker, port: m.port, warmed: m.warmed, logSince });
    });
    worker.once('error', reject);
    worker.once('exit', code => reject(new Failure(`the server stopped (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh browser (or context), the first query by address, the second typed in the same page.

// Runs in every document before its own scripts: a MutationObserver reports the moment a query's
// first result is shown ('first') and the moment all of its first ten are ('done'), and a capturing
// keydown listener the moment Enter is pressed. "First shown" is #search-results > li with
// #search-results[data-query=QUERY]; "all shown" is that without aria-busy="true". A page that sets
// no data-query (the search page before the sharded index, which showed all at once) counts both
// when #search-status contains the query.
function probe({ words }) {
  const seen = {}, first = {};
  const now = () => performance.timeOrigin + performance.now();
  window.addEventListener('keydown', e => {
    if (e.key === 'Enter') { window.__benchMark({ kind: 'key', abs: now() }); }
  }, true);
  const check = () => {
    const list = document.getElementById('search-results');
    if (!list || !list.querySelector(':scope > li')) { return; }
    const query = list.getAttribute('data-query');
    const status = document.getElementById('search-status');
    const text = status ? status.textContent : '';
    for (const w of words) {
      if (seen[w]) { continue; }
      if (query !== null ? query === w : text.indexOf(w) !== -1) {
        if (!first[w]) {
          first[w] = true;
          window.__benchMark({ kind: 'first', word: w, rel: performance.now(), abs: now() });
        }
        if (list.getAttribute('aria-busy') === 'true') { continue; }
        seen[w] = true;
        window.__benchMark({ kind: 'done', word: w, rel: performance.now(), abs: now(), by: query !== null ? 'data-query' : 'status',
          shown: list.querySelectorAll(':scope > li').length, status: text, count: list.getAttribute('data-count'),
          searchMs: list.getAttribute('data-search-ms') });
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

function classify(side, url) {
  const p = new URL(url).pathname;
  if (side === 'ours') { return p.startsWith('/search/') && p.endsWith('.json') ? 'data' : 'page'; }
  return p.startsWith('/_pagefind/') ? 'data' : 'page';
}

// Bytes of each request: Network.loadingFinished's encodedDataLength (headers and body as received;
// Playwright's sizes() give it as responseHeadersSize + responseBodySize). Chromium reports no body
// bytes for a dedicated worker's own script (Pagefind's pagefind-worker.js): where the browser counts
// a body of 0 but the server's log shows it sent one, the server's count is taken. The server's log
// also tells a request answered from the browser's cache (not in the log) from a 304.
async function measureRequests(side, requests, served) {
  const out = { bytes: 0, data: 0, page: 0, requests: requests.length, cached: 0, revalidated: 0, corrected: 0, failed: 0, unfinished: 0, list: [] };
  const sized = await Promise.all(requests.map(async req => {
    try {
      const sizes = await Promise.race([req.sizes(), new Promise((_, no) => setTimeout(() => no(new Error('unfinished')), 10000))]);
      return { req, sizes };
    } catch (e) {
      return { req, error: e.message === 'unfinished' ? 'unfinished' : 'failed' };
    }
  }));
  const unused = served.slice();
  for (const { req, sizes, error } of sized) {
    const u = new URL(req.url());
    const at = unused.findIndex(e => e.url === u.pathname + u.search);
    const wire = at >= 0 ? unused.splice(at, 1)[0] : null;
    let size = 0, note;
    if (error) {
      out[error]++;
      note = error;
    } else {
      size = sizes.responseHeadersSize + sizes.responseBodySize;
      if (!wire) { out.cached++; note = 'cache'; }
      else if (wire.status === 304) { out.revalidated++; note = '304'; }
      else { note = String(wire.status); }
      if (wire && wire.body > 0 && sizes.responseBodySize <= 0) { size = wire.headers + wire.body; out.corrected++; note += ' (server count)'; }
    }
    const kind = classify(side, req.url());
    out.bytes += size;
    out[kind] += size;
    out.list.push({ url: req.url(), size, kind, note });
  }
  out.list.sort((a, b) => a.url.localeCompare(b.url));
  return out;
}

async function oneRun(browsers, server, side, q1, q2, timeoutMs) {
  const base = `http://127.0.0.1:${server.port}`;
  const { context, close } = await browsers.open();
  const result = { side, q1, q2, errors: [] };
  try {
    let marks = [], waiters = [];
    const waitFor = (pred, what) => new Promise((resolve, reject) => {
      const hit = marks.find(pred);
      if (hit) { resolve(hit); return; }
      const timer = setTimeout(() => reject(new Failure(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
      waiters.push({ pred, resolve: m => { clearTimeout(timer); resolve(m); } });
    });
    let collecting = null;
    await context.exposeBinding('__benchMark', (_source, m) => {
      marks.push(m);
      // Stop counting requests when all the results are shown; the event comes in order with the
      // browser's network events, so later requests are not counted.
      if (m.kind === 'done' && collecting && collecting.word === m.word) { collecting.closed = true; }
      waiters = waiters.filter(w => { if (w.pred(m)) { w.resolve(m); return false; } return true; });
    });
    await context.addInitScript(probe, { words: [q1, q2] });
    const page = await context.newPage();
    // A persistent context opens with a blank page of its own: close it, so the run's page is the only one.
    for (const other of context.pages()) { if (other !== page) { await other.close(); } }
    page.on('pageerror', e => result.errors.push(`page error: ${e.message}`));
    page.on('console', m => {
      // The browser's own request for /favicon.ico (the site has none) is no error of the page's.
      if ((m.type() === 'error' || m.type() === 'warning') && !/\/favicon\.ico$/.test(m.location().url || '')) { result.errors.push(`console ${m.type()}: ${m.text()}`); }
    });
    page.on('request', req => { if (collecting && !collecting.closed) { collecting.requests.push(req); } });

    // Query 1: navigation start (performance.timeOrigin of the document) to results shown.
    const url = side === 'ours' ? `${base}/search/?q=${encodeURIComponent(q1)}` : `${base}/pagefind-bench/?q=${encodeURIComponent(q1)}`;
    collecting = { word: q1, requests: [], closed: false };
    const first = collecting;
    const since1 = (await server.logSince(Infinity)).next;
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const first1 = await waitFor(m => m.kind === 'first' && m.word === q1, `the first result for "${q1}"`);
    const done1 = await waitFor(m => m.kind === 'done' && m.word === q1, `the results for "${q1}"`);
    result.first = { ms: first1.rel, allMs: done1.rel, by: done1.by, shown: done1.shown, found: foundCount(done1), searchMs: Number(done1.searchMs ?? NaN), ...await measureRequests(side, first.requests, (await server.logSince(since1)).log) };

    // Query 2: the Enter key (its keydown in the page) to results shown, in the same tab.
    await page.fill('#search-q', q2, { timeout: timeoutMs });
    const since2 = (await server.logSince(Infinity)).next;
    collecting = { word: q2, requests: [], closed: false };
    const second = collecting;
    await page.press('#search-q', 'Enter', { timeout: timeoutMs });
    const key = await waitFor(m => m.kind === 'key', 'the Enter key');
    const first2 = await waitFor(m => m.kind === 'first' && m.word === q2, `the first result for "${q2}"`);
    const done2 = await waitFor(m => m.kind === 'done' && m.word === q2, `the results for "${q2}"`);
    result.second = { ms: first2.abs - key.abs, allMs: done2.abs - key.abs, by: done2.by, shown: done2.shown, found: foundCount(done2), searchMs: Number(done2.searchMs ?? NaN), ...await measureRequests(side, second.requests, (await server.logSince(since2)).log) };
    result.reloaded = second.requests.some(r => r.isNavigationRequest());
  } catch (e) {
    result.failure = e.message.split('\n')[0];
  } finally {
    await close();
  }
  return result;
}

// Where each run's browser context comes from. By default every run starts Chromium with a new,
// empty profile (user data folder), so its cache is empty and on disk as a visitor's is; with
// --incognito one Chromium gives every run a new incognito context, whose cache is in memory and
// keeps no large file (at 10,000 case studies the 9 MB index.json is downloaded again on reload).
const Browsers = {
  async start(chromium, o, work) {
    const options = {
      executablePath: o.chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      timeout: 60000,
    };
    let shared;
    try {
      shared = await chromium.launch(options);
    } catch (e) {
      throw new Failure(`Chromium (${o.chromium}) did not start: ${e.message.split('\n')[0]}`);
    }
    const version = shared.version();
    if (!o.incognito) { await shared.close(); shared = null; }
    const profiles = path.join(work, 'profiles');
    return {
      version,
      mode: o.incognito ? 'a new incognito context per run (in-memory cache)' : 'a new Chromium with an empty profile per run (disk cache)',
      async open() {
        if (shared) {
          const context = await shared.newContext();
          return { context, close: () => context.close().catch(() => {}) };
        }
        fs.mkdirSync(profiles, { recursive: true });
        const dir = fs.mkdtempSync(path.join(profiles, 'run-'));
        const context = await chromium.launchPersistentContext(dir, options);
        return { context, close: async () => { await context.close().catch(() => {}); fs.rmSync(dir, { recursive: true, force: true }); } };
      },
      async stop() { if (shared) { await shared.close().catch(() => {}); } },
    };
  },
};

function foundCount(mark) {
  if (mark.count !== null && mark.count !== undefined) { return Number(mark.count); }
  const m = /([\d,]+)/.exec(mark.status || '');
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const median = xs => {
  const s = xs.filter(x => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) { return NaN; }
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = x => Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–';
const fmtBytes = x => {
  if (!Number.isFinite(x)) { return '–'; }
  if (x >= 1024 * 1024) { return `${(x / 1048576).toFixed(2)} MB`; }
  if (x >= 1024) { return `${(x / 1024).toFixed(1)} KB`; }
  return `${Math.round(x)} B`;
};
const fmtN = x => Number.isFinite(x) ? (Number.isInteger(x) ? String(x) : x.toFixed(1)) : '–';
const ratio = (a, b) => {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) { return '–'; }
  const r = a / b;
  return r >= 10 ? r.toFixed(1) : r >= 0.1 || r === 0 ? r.toFixed(2) : r.toPrecision(2);
};

function logRun(r, n, verbose) {
  const head = `${n.toLocaleString('en-GB')} ${r.side.padEnd(8)} "${r.q1}" then "${r.q2}"`;
  if (r.failure) { console.error(`  ${head}: FAILED: ${r.failure}`); }
  const part = (label, x) => x ? `${label} ${fmtMs(x.ms)} (all ${fmtMs(x.allMs)}), ${fmtBytes(x.bytes)} (search data ${fmtBytes(x.data)}, page ${fmtBytes(x.page)}), ` +
    `${x.requests} requests${x.cached ? ` (${x.cached} from cache)` : ''}${x.revalidated ? ` (${x.revalidated} not modified)` : ''}${x.failed ? `, ${x.failed} failed` : ''}${x.unfinished ? `, ${x.unfinished} unfinished` : ''}; ` +
    `${x.found ?? '?'} found, ${x.shown} shown [${x.by}]${Number.isFinite(x.searchMs) ? `, search() + data() ${fmtMs(x.searchMs)}` : ''}` : `${label} –`;
  if (!r.failure) { console.error(`  ${head}: ${part('q1', r.first)} | ${part('q2', r.second)}${r.reloaded ? ' (page reloaded)' : ''}`); }
  const errors = [...new Set(r.errors)];
  for (const e of errors.slice(0, 5)) { console.error(`    ${e.slice(0, 300)}`); }
  if (verbose) {
    for (const [label, x] of [['q1', r.first], ['q2', r.second]]) {
      if (!x) { continue; }
      for (const q of x.list) { console.error(`    ${label} ${q.kind.padEnd(4)} ${String(q.size).padStart(9)} ${q.note.padEnd(10)} ${q.url}`); }
    }
  }
}

function table(results) {
  const rows = [];
  rows.push('| case studies | query | measure | ours (lunr.js) | Pagefind | ours/Pagefind |');
  rows.push('|---:|---|---|---:|---:|---:|');
  for (const [n, runs] of results) {
    const ok = side => runs.filter(r => r.side === side && !r.failure);
    const measures = [
      ['time to first result', x => x.ms, fmtMs],
      ['… to all ten shown', x => x.allMs, fmtMs],
      ['bytes transferred', x => x.bytes, fmtBytes],
      ['… search data', x => x.data, fmtBytes],
      ['… page and scripts', x => x.page, fmtBytes],
      ['requests', x => x.requests, fmtN],
    ];
    for (const [q, key] of [['1 (cold)', 'first'], ['2 (same page)', 'second']]) {
      for (const [label, get, fmt] of measures) {
        const a = median(ok('ours').map(r => get(r[key])));
        const b = median(ok('pagefind').map(r => get(r[key])));
        rows.push(`| ${n.toLocaleString('en-GB')} | ${q} | ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`);
      }
      // Not a measure to compare, but what each side found and showed (both show ten).
      const found = side => `${fmtN(median(ok(side).map(r => r[key].found)))} (${fmtN(median(ok(side).map(r => r[key].shown)))} shown)`;
      rows.push(`| ${n.toLocaleString('en-GB')} | ${q} | results found | ${found('ours')} | ${found('pagefind')} | |`);
    }
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch {
    throw new Failure('playwright-core is not installed: run npm ci --prefix bench/search-browser');
  }
  const tools = preflight(o);
  const work = path.join(repo, '.tmp', 'bench-search');
  fs.mkdirSync(work, { recursive: true });
  let csp = null;
  if (o.csp) {
    const m = /Content-Security-Policy\s*=\s*"([^"]+)"/.exec(fs.readFileSync(path.join(repo, 'netlify.toml'), 'utf8'));
    if (!m) { throw new Failure('no Content-Security-Policy in netlify.toml'); }
    csp = m[1];
  }

  const sites = new Map();
  try {
    for (const n of o.sizes) { sites.set(n, prepareSite(o, work, n)); }
  } catch (e) {
    if (e instanceof Failure) { console.error(`error: ${e.message}`); process.exit(1); }
    throw e;
  }

  const browsers = await Browsers.start(chromium, o, work);
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`Machine: ${require('os').cpus().length} cores, Node ${process.version}, Chromium ${browsers.version}, ${tools.pagefind}, ` +
    `commit ${gitCommit()}, load average ${load}`);

  const results = new Map();
  let problems = 0;
  try {
    for (const n of o.sizes) {
      const { site, info } = sites.get(n);
      const ourData = dirBytes(path.join(site, 'search'), p => p.endsWith('.json'));
      const pfData = dirBytes(path.join(site, '_pagefind'));
      console.log(`\n${n.toLocaleString('en-GB')} case studies: lpip build ${info.lpipBuildMs} ms; pagefind ${info.pagefindMs} ms (${info.pagefind}); ` +
        `search data on disk: ours ${fmtBytes(ourData.raw)} in ${ourData.files} files, Pagefind ${fmtBytes(pfData.raw)} in ${pfData.files} files`);
      const server = await startServer(site, csp);
      const runs = [];
      try {
        // One run of each side first, not counted: disk cache, the server's first answers, the browser's first context.
        for (const side of ['ours', 'pagefind']) {
          const w = await oneRun(browsers, server, side, WARM_UP[0], WARM_UP[1], o.timeout * 1000);
          if (w.failure) { console.error(`  warm-up ${side}: ${w.failure}`); }
        }
        for (let i = 0; i < o.runs; i++) {
          const q1 = QUERIES[i % QUERIES.length], q2 = QUERIES[(i + 5) % QUERIES.length];
          // Sides alternate run by run: ours, Pagefind, ours, Pagefind, ...
          for (const side of ['ours', 'pagefind']) {
            const r = await oneRun(browsers, server, side, q1, q2, o.timeout * 1000);
            if (r.failure) { problems++; }
            logRun(r, n, o.verbose);
            runs.push(r);
          }
        }
      } finally {
        await server.worker.terminate();
      }
      results.set(n, runs);
    }
  } finally {
    await browsers.stop();
  }

  console.log(`\nLoad average at the end: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`\nMedians over ${o.runs} query pairs per size (query 1: navigation start to first result, ${browsers.mode}; ` +
    'query 2: Enter key to its results, same page). Bytes: encoded (gzip) bytes received until all ten results are shown, headers included.\n');
  console.log(table(results));
  for (const [n, runs] of results) {
    const pf = runs.filter(r => r.side === 'pagefind' && !r.failure);
    if (pf.length) {
      console.log(`\n${n.toLocaleString('en-GB')}: Pagefind's search() + data() of ten results, timed inside the bench page: ` +
        `query 1 ${fmtMs(median(pf.map(r => r.first.searchMs)))}, query 2 ${fmtMs(median(pf.map(r => r.second.searchMs)))} (medians).`);
    }
  }
  if (problems) {
    console.error(`\n${problems} run(s) failed or timed out; their figures are left out of the medians.`);
    process.exit(3);
  }
}

// Started as the server's worker thread, or as the program.
if (!isMainThread) {
  serve(workerData);
} else {
  main().catch(e => { console.error(`error: ${e.message}`); process.exit(1); });
}
