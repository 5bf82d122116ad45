// A/B timing of the HSV WebAssembly kernels alone (no copies into or out of memory, no JS
// API): a baseline build/ directory (an older commit's, e.g. main's) against this checkout's
// build/, on 1920×1080 pixels of hashed bytes, timed in short alternating blocks (this host's
// vCPUs change speed for seconds at a time). Reports per kernel the median of per-round ratios
// (baseline / new, > 1 means faster) with their interquartile range and full range.
// Run: npm run build:wasm && node scripts/ab-hsv-kernels.mjs <baseline build dir> [rounds] [wasm file]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [baselineDir, roundsArg, file = 'fastclahe-simd.wasm'] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/ab-hsv-kernels.mjs <baseline build dir> [rounds] [wasm file]');
const ROUNDS = Number(roundsArg ?? 21);
const BLOCK = 3;
const N = 1920 * 1080;

function instantiate(path) {
  /** @type {any} the kernels' exports */
  const module = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {}).exports;
  const base = Math.ceil(module.heapBase() / 16) * 16;
  module.memory.grow(Math.ceil((base + 12 * N - module.memory.buffer.byteLength) / 65536) + 1);
  const src = new Uint8Array(module.memory.buffer, base, 4 * N);
  for (let i = 0; i < src.length; i++) src[i] = Math.imul(i, 2654435761) >>> 24;
  const plane = new Uint8Array(module.memory.buffer, base + 4 * N, N);
  for (let i = 0; i < N; i++) plane[i] = Math.imul(i, 40503) >>> 8;
  return { module, src: base, plane: base + 4 * N, dst: base + 8 * N };
}

const KERNELS = {
  'rgbToHsv RGBA': ({ module, src, dst }) => module.rgbToHsv(src, dst, N, 4, false),
  'rgbToHsv RGB': ({ module, src, dst }) => module.rgbToHsv(src, dst, N, 3, false),
  'hsvToRgb RGBA': ({ module, src, dst }) => module.hsvToRgb(src, dst, N, 4, false),
  'hsvToRgb RGB': ({ module, src, dst }) => module.hsvToRgb(src, dst, N, 3, false),
  'hsvPlane RGBA': ({ module, src, plane }) => module.hsvPlane(src, plane, N, 4, false),
  'hsvMerge RGBA': ({ module, src, plane, dst }) => module.hsvMerge(src, plane, dst, N, 4, false, 255),
};

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
function time(kernel, build) {
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) kernel(build);
  return (performance.now() - start) / BLOCK;
}

const baseline = instantiate(resolve(baselineDir, file)),
  candidate = instantiate(resolve('build', file));
console.log(
  `${file}: baseline ${baselineDir} vs ${resolve('build')}, ${N} pixels, ${ROUNDS} rounds of ${BLOCK} calls each`,
);
for (const [name, kernel] of Object.entries(KERNELS)) {
  for (let i = 0; i < 3; i++) {
    kernel(baseline);
    kernel(candidate);
  }
  const old = [],
    now = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2) {
      old.push(time(kernel, baseline));
      now.push(time(kernel, candidate));
    } else {
      now.push(time(kernel, candidate));
      old.push(time(kernel, baseline));
    }
  }
  const ratios = old.map((ms, i) => ms / now[i]).sort((a, b) => a - b);
  const q = (f) => ratios[Math.round(f * (ratios.length - 1))].toFixed(2);
  console.log(
    `${name.padEnd(14)} ${median(ratios).toFixed(2)}× faster [IQR ${q(0.25)}–${q(0.75)}, range ${q(0)}–${q(1)}]  ` +
      `new ${median(now).toFixed(2)} ms, baseline ${median(old).toFixed(2)} ms`,
  );
}
