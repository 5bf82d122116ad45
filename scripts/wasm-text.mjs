// Writes build/fastclahe-simd.bytes.txt, the SIMD module as byte text (scripts/lib/byteText.mjs),
// which src/wasm/load.ts inlines (esbuild's default text loader for .txt, in tsup and vitest
// alike). Run by npm run build:wasm after asc.
import { readFileSync, writeFileSync } from 'node:fs';
import { toByteText } from './lib/byteText.mjs';

const root = new URL('../build/', import.meta.url);
writeFileSync(
  new URL('fastclahe-simd.bytes.txt', root),
  toByteText(readFileSync(new URL('fastclahe-simd.wasm', root))),
);
