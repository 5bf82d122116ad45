// A/B timing of the 8-bit Lab kernels: a baseline copy of dist/ (built from an older commit)
// against this checkout's dist/, both loaded into one process and timed in short alternating
// blocks, because this host's shared vCPUs change speed for seconds at a time: only ratios
// measured side by side mean anything. Reports, per case and build (SIMD, scalar), the median
// of per-round ratios (baseline time / new time, > 1 means faster) and their spread.
//
// Run: npm run build && node scripts/ab-lab.mjs <baseline dist dir> [rounds] [case name filter]
// (make the baseline with: git worktree add /tmp/base <commit> && cd /tmp/base && npm ci && npm run build)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

const [baselineDir, roundsArg, only] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/ab-lab.mjs <baseline dist dir> [rounds]');
const ROUNDS = Number(roundsArg ?? 15);
const BLOCK = 3; // calls per build per round
const [WIDTH, HEIGHT] = [1920, 1080];

/** One instance of a dist/ bundle with its own WebAssembly instance, SIMD or scalar. */
async function load(dir, build) {
  const url = pathToFileURL(resolve(dir, 'index.js'));
  url.search = `?${build}`; // a distinct module, so a distinct WebAssembly instance
  const lib = await import(url.href);
  if (build === 'scalar') await lib.init(readFileSync(resolve(dir, 'fastclahe.wasm')));
  if (lib.wasmInfo().simd !== (build === 'simd')) throw new Error(`${dir}: expected the ${build} build`);
  return lib;
}

/** A photograph tiled to WIDTH × HEIGHT with `channels` channels. */
function tiled(name, channels) {
  const png = PNG.sync.read(readFileSync(new URL(`../test/images/${name}`, import.meta.url)));
  const data = new Uint8Array(WIDTH * HEIGHT * channels);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const from = 4 * ((y % png.height) * png.width + (x % png.width));
      for (let c = 0; c < channels; c++) data[(y * WIDTH + x) * channels + c] = png.data[from + c];
    }
  }
  return { data, width: WIDTH, height: HEIGHT };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

const photos = ['coffee.png', 'retina.png'];

const cases = photos.flatMap((photo) =>
  [3, 4].flatMap((channels) => {
    const rgb = tiled(photo, channels);
    const tag = `${photo.replace('.png', '')} ${channels === 3 ? 'RGB' : 'RGBA'}`;
    return [
      { name: `rgbToLab ${tag}`, run: (lib, output) => lib.rgbToLab(rgb, { output }) },
      { name: `labToRgb ${tag}`, run: (lib, output) => lib.labToRgb(rgb, { output }) },
      { name: `clahe lab ${tag}`, run: (lib, output) => lib.clahe(rgb, { colorSpace: 'lab', output }) },
    ].map((c) => ({ ...c, output: { data: new Uint8Array(rgb.data.length), width: WIDTH, height: HEIGHT } }));
  }),
);

function time(lib, c) {
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) c.run(lib, c.output);
  return performance.now() - start;
}

console.log(
  `baseline ${baselineDir} vs ${resolve('dist')}, ${WIDTH}×${HEIGHT}, ${ROUNDS} rounds of ${BLOCK} calls each`,
);
for (const build of ['simd', 'scalar']) {
  const baseline = await load(baselineDir, build);
  const candidate = await load('dist', build);
  for (const c of cases.filter((c) => !only || c.name.includes(only))) {
    // Same bytes first: a fast wrong kernel must not look good.
    const expected = Uint8Array.from(c.run(baseline, c.output).data);
    if (!c.run(candidate, c.output).data.every((v, i) => v === expected[i]))
      throw new Error(`${c.name}: outputs differ`);
    const ratios = [];
    const newMs = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which build goes first so warming and drift fall on both.
      let old, now;
      if (round % 2) {
        old = time(baseline, c);
        now = time(candidate, c);
      } else {
        now = time(candidate, c);
        old = time(baseline, c);
      }
      ratios.push(old / now);
      newMs.push(now / BLOCK);
    }
    const sorted = [...ratios].sort((x, y) => x - y);
    const q = (f) => sorted[Math.round(f * (sorted.length - 1))];
    console.log(
      `${build.padEnd(6)} ${c.name.padEnd(24)} ${median(ratios).toFixed(2)}× faster  ` +
        `[IQR ${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}, range ${q(0).toFixed(2)}–${q(1).toFixed(2)}]  new ${median(newMs).toFixed(1)} ms`,
    );
  }
}
