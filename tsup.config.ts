import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const shared = {
  target: 'es2020',
  // Not 'node': esbuild's node binary loader decodes the inlined .wasm with Buffer, which no
  // browser has (every browser consumer test failed with "Buffer is not defined").
  platform: 'neutral',
  // Inline the WebAssembly module as bytes: nothing for a bundler or server to locate.
  loader: { '.wasm': 'binary' },
} satisfies Options;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', js: 'src/js.ts', parallel: 'src/parallel/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Everything but the worker, which the second build (run alongside) writes: never a race.
    clean: ['!parallelWorker.js'],
    // dist/parallel.cjs finds the (ESM) worker file beside it through import.meta.url's shim.
    shims: true,
    async onSuccess() {
      copyFileSync('build/fastclahe.wasm', 'dist/fastclahe.wasm');
      copyFileSync('build/fastclahe-simd.wasm', 'dist/fastclahe-simd.wasm');
    },
  },
  {
    ...shared,
    // The worker of fastclahe/parallel, one self-contained ES module, which
    // both dist/parallel.js and dist/parallel.cjs start.
    entry: { parallelWorker: 'src/parallel/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
  },
]);
