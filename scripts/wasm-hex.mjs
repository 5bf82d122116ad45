// Writes build/fastclahe-simd.hex.txt, the SIMD module as hexadecimal text, which src/wasm/load.ts
// inlines (esbuild's default text loader for .txt, in tsup and vitest alike). Hex rather than the
// binary loader's base64: each byte stays two whole characters, so gzip still finds the module's
// repeats, where base64's 6-bit groups hide them (29.7 KB module: 11.1 KB gzipped as hex, 15.1 KB
// as base64, 10.2 KB raw). Run by npm run build:wasm after asc.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../build/', import.meta.url);
writeFileSync(
  new URL('fastclahe-simd.hex.txt', root),
  readFileSync(new URL('fastclahe-simd.wasm', root)).toString('hex'),
);
