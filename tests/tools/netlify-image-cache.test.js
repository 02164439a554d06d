// The Netlify build plugin that keeps .lpip-cache/images/ between deploys, driven with a stand-in for
// Netlify's utils.cache that behaves as its documentation says: restore does nothing and returns false
// when nothing is cached; save copies the folder and returns false when it does not exist.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const plugin = require(path.join(__dirname, '..', '..', 'netlify', 'plugins', 'lpip-image-cache', 'index.js'));

function fakeCache(stored, local) {
  const calls = [];
  return {
    calls,
    cache: {
      async restore(p) { calls.push(['restore', p]); if (!stored.has(p)) return false; local.add(p); return true; },
      async save(p) { calls.push(['save', p]); if (!local.has(p)) return false; stored.add(p); return true; },
      async list(p) { calls.push(['list', p]); return stored.has(p) ? [p + '/ab/abcd.bin'] : []; },
    },
  };
}

test('the first deploy restores nothing, and saves the images folder after the build', async () => {
  const stored = new Set();
  const local = new Set();
  const { calls, cache } = fakeCache(stored, local);
  await plugin.onPreBuild({ utils: { cache } });
  assert.deepStrictEqual(calls, [['restore', '.lpip-cache/images']]);
  local.add('.lpip-cache/images'); // the build writes it
  await plugin.onPostBuild({ utils: { cache } });
  assert.deepStrictEqual(calls.slice(1), [['save', '.lpip-cache/images']]);
  assert.ok(stored.has('.lpip-cache/images'));
});

test('the next deploy restores the folder before the build', async () => {
  const stored = new Set(['.lpip-cache/images']);
  const local = new Set();
  const { calls, cache } = fakeCache(stored, local);
  await plugin.onPreBuild({ utils: { cache } });
  assert.ok(local.has('.lpip-cache/images'));
  assert.deepStrictEqual(calls[0], ['restore', '.lpip-cache/images']);
});

test('a build that made no images saves nothing', async () => {
  const { calls, cache } = fakeCache(new Set(), new Set());
  await plugin.onPostBuild({ utils: { cache } });
  assert.deepStrictEqual(calls, [['save', '.lpip-cache/images']]);
});
