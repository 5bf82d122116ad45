// A/B timing of explore's pixel pass (cli/assembly/pixelPass.ts) alone: a baseline module (an
// older commit's cli/src/explore/exploreWasm.ts, e.g. `git show HEAD~1:cli/src/explore/exploreWasm.ts
// > /tmp/base.ts`) against this checkout's, on 100 photo-like 320×240 RGB planes (the explore
// benchmark's texture), in alternating blocks. Checks both give the same gray, histograms, keys
// and sums, then reports the median of per-round ratios (baseline / new, > 1 means faster) and
// their range.
// Run: node cli/scripts/ab-pixel-pass.mjs <baseline exploreWasm.ts> [rounds]
import { readFileSync } from 'node:fs';

const [baseline, roundsArg] = process.argv.slice(2);
if (!baseline) throw new Error('usage: node cli/scripts/ab-pixel-pass.mjs <baseline exploreWasm.ts> [rounds]');
const ROUNDS = Number(roundsArg ?? 15);
const current = new URL('../src/explore/exploreWasm.ts', import.meta.url);
/** @param {string | URL} file */
const base64 = (file) => /'([A-Za-z0-9+/=]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
/** @type {any[]} the two modules' exports */
const [base, next] = [baseline, current].map(
  (file) => new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(base64(file), 'base64'))).exports,
);

const W = 320;
const H = 240;
const planes = Array.from({ length: 100 }, (_, b) => {
  const data = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      for (let c = 0; c < 3; c++)
        data[(y * W + x) * 3 + c] =
          128 + 90 * Math.sin(x / (9 + b + c) + b) * Math.cos(y / (7 + c) - b) + ((x * 31 + y * 17 + b * 7 + c) % 23);
  return data;
});

/**
 * One pixel pass; returns what it wrote.
 * @param {any} k @param {Uint8Array} data
 */
function pass(k, data) {
  const pixels = data.length / 3;
  const at = (k.heapBase() + 15) & ~15;
  const gray = at + data.length;
  const bins = gray + pixels + 16;
  const keys = bins + 3072;
  const coarse = keys + pixels * 4;
  const out = coarse + 65536;
  const end = out + 64;
  if (k.memory.buffer.byteLength < end) k.memory.grow(Math.ceil((end - k.memory.buffer.byteLength) / 65536));
  const heap = new Uint8Array(k.memory.buffer);
  heap.set(data, at);
  heap.fill(0, bins, bins + 3072);
  heap.fill(0, coarse, coarse + 65536);
  k.pixelPass(at, pixels, 3, gray, bins, keys, coarse, out);
  return heap.slice(gray, out + 28);
}

for (const data of planes.slice(0, 10))
  if (Buffer.compare(pass(base, data), pass(next, data)) !== 0) throw new Error('the two modules disagree');
const ratios = [];
for (let round = 0; round < ROUNDS; round++) {
  const ms = new Map();
  for (const k of round % 2 ? [next, base] : [base, next]) {
    const started = performance.now();
    for (let repeat = 0; repeat < 3; repeat++) for (const data of planes) pass(k, data);
    ms.set(k, performance.now() - started);
  }
  ratios.push(ms.get(base) / ms.get(next));
}
ratios.sort((a, b) => a - b);
console.log(
  `pixel pass, 320×240 RGB: new ${ratios[ROUNDS >> 1].toFixed(2)}× the baseline's speed (median of ${ROUNDS} rounds; range ${ratios[0].toFixed(2)}–${ratios[ROUNDS - 1].toFixed(2)}×)`,
);
