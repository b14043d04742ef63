// The web page: web/ is the Vite root; the bundle (with the library from src/) goes to dist/web,
// which `smtp-explain serve` serves. `npx vite` serves web/ for development and forwards the API
// and the code pages to a server started with `smtp-explain serve` on port 8025.
import { defineConfig } from 'vite';

const server = 'http://127.0.0.1:8025';

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // syntax lowered for browsers of ES modules (Vite's own default); built-ins are not polyfilled, and
    // the code keeps to those of ES2021 (src/own-key.ts). The library's regular expressions look behind,
    // which Safari reads from 16.4: an older one gets the page, and a card saying the analysis stopped.
    target: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    // no inline script: the CSP allows only our own files
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
    // big bundles on purpose: the whole analysis runs in the browser (nothing is uploaded), with both
    // languages' words and the MIME reader; the worker's is ~630 kB, ~190 kB gzipped. Warn only past that.
    chunkSizeWarningLimit: 700,
  },
  // the analysis runs in a module worker (web/src/analyze-worker.ts), a bundle of its own with the library
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': server, '/codigos': server, '/codes': server },
  },
});
