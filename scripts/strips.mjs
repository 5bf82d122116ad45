// A 60,000 × 60,000 gray CLAHE (3.6 GB of pixels) in Node, too large for `npm test`: the
// WebAssembly build works in row strips, so its memory stays at a strip and the tables.
// `npm run build && node scripts/strips.mjs [side] [--twin]`: prints time and WebAssembly
// memory; with --twin, also runs fastclahe/js into the same output and compares SHA-256
// digests (about 8 GB of RAM in all, and a few minutes).
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as wasm from '../dist/index.js';
import * as twin from '../dist/js.js';

const side = Number(process.argv[2] ?? 60000);
const data = new Uint8Array(side * side);
for (let i = 0; i < data.length; i++) data[i] = (Math.imul(i, 0x9e3779b1) >>> 26) + ((i % side) >> 10);
const image = { data, width: side, height: side };
const output = { data: new Uint8Array(data.length), width: side, height: side };
console.log(`${side}×${side} gray: ${(data.length / 1e9).toFixed(2)} GB`);

function digest(bytes) {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += 2 ** 30) hash.update(bytes.subarray(at, at + 2 ** 30));
  return hash.digest('hex').slice(0, 16);
}

let started = performance.now();
wasm.clahe(image, { output });
console.log(
  `WebAssembly clahe: ${((performance.now() - started) / 1000).toFixed(1)} s, WebAssembly memory ${(wasm.wasmInfo().memoryBytes / 2 ** 20).toFixed(0)} MiB, sha256 ${digest(output.data)}`,
);
if (process.argv.includes('--twin')) {
  started = performance.now();
  twin.clahe(image, { output });
  console.log(
    `fastclahe/js clahe: ${((performance.now() - started) / 1000).toFixed(1)} s, sha256 ${digest(output.data)}`,
  );
}
