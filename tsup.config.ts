import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', js: 'src/js.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  // Not 'node': esbuild's node binary loader decodes the inlined .wasm with Buffer, which no
  // browser has (every browser consumer test failed with "Buffer is not defined").
  platform: 'neutral',
  // Inline the WebAssembly module as bytes: nothing for a bundler or server to locate.
  loader: { '.wasm': 'binary' },
  async onSuccess() {
    copyFileSync('build/fastclahe.wasm', 'dist/fastclahe.wasm');
    copyFileSync('build/fastclahe-simd.wasm', 'dist/fastclahe-simd.wasm');
  },
});
