// Real runs at the WebAssembly build's size limits, too large for `npm test` (they need about
// 9 GB of RAM and a few minutes): `npm run build && node scripts/huge.mjs [side]`.
// A side × side gray image (default 46341: 2^31 + 4 pixels, past i32 lengths) through
// histogram, equalizeHist and CLAHE in WebAssembly, each compared with fastclahe/js; then
// the refusals: 2^30 × 1 gray CLAHE and tiles of 2^31 pixels or more.
import { performance } from 'node:perf_hooks';
import * as wasm from '../dist/index.js';
import * as twin from '../dist/js.js';

const side = Number(process.argv[2] ?? 46341);
const GiB = 2 ** 30;
const data = new Uint8Array(side * side);
for (let i = 0; i < data.length; i++) data[i] = (Math.imul(i, 0x9e3779b1) >>> 26) + ((i % side) >> 10); // 0..63 plus a ramp
const image = { data, width: side, height: side };
console.log(`${side}×${side} gray: ${(data.length / GiB).toFixed(2)} GiB`);

function timed(label, run) {
  const started = performance.now();
  const result = run();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function firstDifference(a, b) {
  if (a.length !== b.length) return `length ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `element ${i}: ${a[i]} vs ${b[i]}`;
  return 'identical';
}

const counts = timed('histogram (WebAssembly)', () => wasm.histogram(image));
console.log(`  histogram: ${firstDifference(counts, twin.histogram(image))}, sum ${counts.reduce((a, b) => a + b, 0)}`);
/** @type {Array<[string, (build: typeof wasm | typeof twin) => { data: Uint8Array }]>} */
const images = [
  ['equalizeHist', (build) => build.equalizeHist(image)],
  ['clahe', (build) => build.clahe(image, { tileGridSize: [8, 8] })],
];
for (const [name, run] of images) {
  const fromWasm = timed(`${name} (WebAssembly)`, () => run(wasm)).data;
  const fromTwin = timed(`${name} (fastclahe/js)`, () => run(twin)).data;
  console.log(`  ${name}: ${firstDifference(fromWasm, fromTwin)}`);
}
console.log(`  WebAssembly memory: ${(wasm.wasmInfo().memoryBytes / GiB).toFixed(2)} GiB`);

/** @type {Array<[string, () => unknown]>} */
const refusals = [
  ['2^30 × 1 gray CLAHE', () => wasm.clahe({ data: new Uint8Array(GiB), width: GiB, height: 1 })],
  [
    '50000 × 50000 CLAHE with tileGridSize [1, 1]',
    () => wasm.clahe({ data: new Uint8Array(50000 * 50000), width: 50000, height: 50000 }, { tileGridSize: [1, 1] }),
  ],
];
for (const [label, run] of refusals) {
  try {
    run();
    console.log(`${label}: ran (unexpected)`);
  } catch (error) {
    console.log(`${label}: ${error instanceof Error ? error.message : error}`);
  }
}
console.log(
  `rgbToLab after the refusals: ${Array.from(wasm.rgbToLab({ data: new Uint8Array([255, 128, 0]), width: 1, height: 1 }).data)} (twin ${Array.from(twin.rgbToLab({ data: new Uint8Array([255, 128, 0]), width: 1, height: 1 }).data)})`,
);
