// Keeps lpip's resized images (.lpip-cache/images/) in Netlify's build cache between deploys, so each
// contributor photo is resized and encoded (AVIF, WebP, JPEG) once rather than on every build. The files
// are keyed by the SHA-256 of the source photo, the libvips version and the encoder settings, so a
// restored file is always the bytes a fresh encode would give; the build deletes the ones it no longer
// uses before this saves the folder. "Clear cache and deploy site" in Netlify starts afresh.
'use strict';

const IMAGES = '.lpip-cache/images';

module.exports = {
  async onPreBuild({ utils }) {
    if (await utils.cache.restore(IMAGES)) {
      const files = await utils.cache.list(IMAGES);
      console.log(`lpip-image-cache: restored ${IMAGES} (${files.length} files)`);
    } else {
      console.log(`lpip-image-cache: nothing cached yet; images will be encoded in this build`);
    }
  },

  async onPostBuild({ utils }) {
    if (await utils.cache.save(IMAGES)) {
      console.log(`lpip-image-cache: saved ${IMAGES}`);
    }
  },
};
