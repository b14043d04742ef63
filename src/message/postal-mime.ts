// postal-mime, through one module of ours: the build (scripts/bundle-lib.mjs) replaces tsc's copy of this
// file (dist/message/postal-mime.js) by a bundle of the package, so that tsc's modules, which a bundler
// loads (package.json's "module" condition), import no package: smtp-explain has no runtime dependencies.
export { default, decodeWords } from 'postal-mime';
