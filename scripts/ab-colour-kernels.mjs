// A/B timing of the colour (HSV, Lab and YCrCb) WebAssembly kernels alone (no copies, no JS API): a baseline
// build/ directory (an older commit's, e.g. main's) against this checkout's build/, on 1920×1080
// pixels of hashed bytes (16-bit kernels: 960×1080), timed in alternating single calls (this
// host's vCPUs change speed for seconds at a time). Reports per kernel the median of per-round
// ratios (baseline / new, > 1 means faster) with their interquartile range, and each build's
// fastest call, the figure least disturbed by other processes on a shared machine.
// Run: npm run build:wasm && node scripts/ab-colour-kernels.mjs <baseline build dir> [rounds] [name filter]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [baselineDir, roundsArg, only = ''] = process.argv.slice(2);
if (!baselineDir)
  throw new Error('usage: node scripts/ab-colour-kernels.mjs <baseline build dir> [rounds] [name filter]');
const ROUNDS = Number(roundsArg ?? 40);
const N = 1920 * 1080;
const N16 = N / 2;

function instantiate(path) {
  /** @type {any} the kernels' exports */
  const module = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {}).exports;
  const base = Math.ceil(module.heapBase() / 16) * 16;
  module.memory.grow(Math.ceil((base + 12 * N - module.memory.buffer.byteLength) / 65536) + 1);
  const src = new Uint8Array(module.memory.buffer, base, 4 * N);
  for (let i = 0; i < src.length; i++) src[i] = Math.imul(i, 2654435761) >>> 24;
  const plane = new Uint8Array(module.memory.buffer, base + 4 * N, 3 * N);
  for (let i = 0; i < plane.length; i++) plane[i] = Math.imul(i, 40503) >>> 8;
  return { module, src: base, plane: base + 4 * N, dst: base + 8 * N };
}

/** @type {Record<string, (build: any) => void>} */
const KERNELS = {
  'rgbToHsv RGBA': ({ module, src, dst }) => module.rgbToHsv(src, dst, N, 4, false),
  'rgbToHsv RGB': ({ module, src, dst }) => module.rgbToHsv(src, dst, N, 3, false),
  'hsvToRgb RGBA': ({ module, src, dst }) => module.hsvToRgb(src, dst, N, 4, false),
  'hsvToRgb RGB': ({ module, src, dst }) => module.hsvToRgb(src, dst, N, 3, false),
  'hsvPlane RGBA': ({ module, src, plane }) => module.hsvPlane(src, plane, N, 4, false),
  'hsvMerge RGBA': ({ module, src, plane, dst }) => module.hsvMerge(src, plane, dst, N, 4, false, 255),
  'rgbToLab RGBA': ({ module, src, dst }) => module.rgbToLab(src, dst, N, 4, false),
  'rgbToLab RGB': ({ module, src, dst }) => module.rgbToLab(src, dst, N, 3, false),
  'labToRgb RGBA': ({ module, src, dst }) => module.labToRgb(src, dst, N, 4, false),
  'labToRgb RGB': ({ module, src, dst }) => module.labToRgb(src, dst, N, 3, false),
  'labPlane RGBA': ({ module, src, plane }) => module.labPlane(src, plane, N, 4, false),
  'labMerge RGBA': ({ module, src, plane, dst }) => module.labMerge(src, plane, dst, N, 4, false, 255),
  'rgbToYCrCb RGBA': ({ module, src, dst }) => module.rgbToYCrCb(src, dst, N, 4, false),
  'yCrCbToRgb RGBA': ({ module, src, dst }) => module.yCrCbToRgb(src, dst, N, 4, false),
  'yCrCbPlane RGBA': ({ module, src, plane }) => module.yCrCbPlane(src, plane, N, 4, false),
  'yCrCbMerge RGBA': ({ module, src, plane, dst }) => module.yCrCbMerge(src, plane, dst, N, 4, false, 255),
  'rgbToYCrCb16 RGBA': ({ module, src, dst }) => module.rgbToYCrCb16(src, dst, N16, 4, false),
  'yCrCbToRgb16 RGBA': ({ module, src, dst }) => module.yCrCbToRgb16(src, dst, N16, 4, false),
  'yCrCbPlane16 RGBA': ({ module, src, plane }) => module.yCrCbPlane16(src, plane, N16, 4, false),
  'yCrCbMerge16 RGBA': ({ module, src, plane, dst }) => module.yCrCbMerge16(src, plane, dst, N16, 4, false, 65535),
};

function time(kernel, build) {
  const start = performance.now();
  kernel(build);
  return performance.now() - start;
}

const file = 'fastclahe-simd.wasm';
const baseline = instantiate(resolve(baselineDir, file));
const candidate = instantiate(resolve('build', file));
console.log(`${file}: baseline ${baselineDir} vs ${resolve('build')}, ${ROUNDS} alternating rounds`);
for (const [name, kernel] of Object.entries(KERNELS).filter(([name]) => name.includes(only))) {
  for (let i = 0; i < 3; i++) {
    kernel(baseline);
    kernel(candidate);
  }
  const old = [];
  const now = [];
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
    `${name.padEnd(18)} ${q(0.5)}× faster [IQR ${q(0.25)}–${q(0.75)}]  ` +
      `fastest call: new ${Math.min(...now).toFixed(2)} ms, baseline ${Math.min(...old).toFixed(2)} ms`,
  );
}
