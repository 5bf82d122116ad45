// `npm run playground` serves this page; `npm run playground:build` writes it as a static
// site to playground/dist. It imports the built package (dist/), as users get it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths, so the built site works wherever it is put: GitHub Pages'
  // /<repository>/, a /docs/playground/ folder, or a file server's root.
  base: './',
  resolve: {
    alias: [{ find: /^fastclahe$/, replacement: fileURLToPath(new URL('../dist/index.js', import.meta.url)) }],
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
