// A/B timing of the 8-bit HSV kernels and the HSV-V CLAHE pipeline: a baseline copy of dist/
// (built from an older commit) against this checkout's dist/ (SIMD builds), both loaded into
// one process, and native OpenCV on one thread (benchmarks/native.py in a python with cv2,
// written as users write it: cvtColor, split, CLAHE, merge, cvtColor), timed in short
// alternating blocks, because this host's shared vCPUs change speed for seconds at a time:
// only ratios measured side by side mean anything. Reports, per case, the medians of per-round
// ratios (baseline / new and native / new, > 1 means the new build is faster) with their spread.
//
// Run: npm run build && node scripts/ab-hsv.mjs <baseline dist dir> [rounds] [case name filter]
// (baseline: git worktree add /tmp/base <commit> && cd /tmp/base && npm ci && npm run build;
// native: PYTHON=/path/to/python with cv2, default /usr/bin/python3; PYTHON=none skips it)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

const [baselineDir, roundsArg, only] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/ab-hsv.mjs <baseline dist dir> [rounds] [filter]');
const ROUNDS = Number(roundsArg ?? 15);
const BLOCK = 3; // calls per peer per round
const [WIDTH, HEIGHT] = [1920, 1080];
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

async function load(dir) {
  const url = pathToFileURL(resolve(dir, 'index.js'));
  url.search = `?${dir}`; // a distinct module, so a distinct WebAssembly instance
  const lib = await import(url.href);
  if (!lib.wasmInfo().simd) throw new Error(`${dir}: expected the SIMD build`);
  return lib;
}

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

/** The native peer: benchmarks/native.py answering one JSON line per request, a few samples each. */
async function startNative() {
  if (PYTHON === 'none') return undefined;
  const child = spawn(PYTHON, [new URL('../benchmarks/native.py', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  const { opencv } = await next();
  console.log(`native OpenCV ${opencv} (${PYTHON}, 1 thread)`);
  return {
    async ms(request) {
      child.stdin.write(`${JSON.stringify({ ...request, minSeconds: 0, minSamples: BLOCK })}\n`);
      const answer = await next();
      if (answer.error) throw new Error(answer.error);
      return answer.medianMs;
    },
    stop: () => child.stdin.end(),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
function spread(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const q = (f) => sorted[Math.round(f * (sorted.length - 1))].toFixed(2);
  return `${median(values).toFixed(2)}× [IQR ${q(0.25)}–${q(0.75)}, range ${q(0)}–${q(1)}]`;
}

const scratch = mkdtempSync(join(tmpdir(), 'fastclahe-ab-hsv-'));
const baseline = await load(baselineDir);
const candidate = await load('dist');
const native = await startNative();
const photo = 'retina.png';
const rgba = tiled(photo, 4);
const hsv = candidate.rgbToHsv(rgba); // alpha kept: native drops it, as benchmarks/run.mjs does
const rgbaFile = join(scratch, 'rgba.raw'),
  hsvFile = join(scratch, 'hsv.raw');
writeFileSync(rgbaFile, rgba.data);
writeFileSync(hsvFile, hsv.data);
const image = { width: WIDTH, height: HEIGHT, channels: 4 };
const cases = [
  {
    name: 'rgbToHsv RGBA',
    input: rgba,
    run: (lib, output) => lib.rgbToHsv(rgba, { output }),
    native: { op: 'rgbToHsv', input: rgbaFile },
  },
  {
    name: 'hsvToRgb RGBA',
    input: hsv,
    run: (lib, output) => lib.hsvToRgb(hsv, { output }),
    native: { op: 'hsvToRgb', input: hsvFile },
  },
  {
    name: 'clahe hsv RGBA',
    input: rgba,
    run: (lib, output) => lib.clahe(rgba, { colorSpace: 'hsv', output }),
    native: {
      op: 'colourClahe',
      input: rgbaFile,
      params: { space: 'HSV', channel: 2, clipLimit: 2, tileGridSize: [8, 8] },
    },
  },
];

function time(lib, c, output) {
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) c.run(lib, output);
  return (performance.now() - start) / BLOCK;
}

console.log(
  `baseline ${baselineDir} vs ${resolve('dist')}, ${photo} ${WIDTH}×${HEIGHT}, ${ROUNDS} rounds of ${BLOCK} calls per peer`,
);
try {
  for (const c of cases.filter((c) => !only || c.name.includes(only))) {
    const output = { data: new Uint8Array(c.input.data.length), width: WIDTH, height: HEIGHT };
    const expected = Uint8Array.from(c.run(baseline, output).data);
    if (!c.run(candidate, output).data.every((v, i) => v === expected[i])) throw new Error(`${c.name}: outputs differ`);
    const old = [],
      now = [],
      nat = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so warming and drift fall on every peer.
      const peers = [
        () => old.push(time(baseline, c, output)),
        () => now.push(time(candidate, c, output)),
        native ? async () => nat.push(await native.ms({ ...c.native, ...image })) : () => {},
      ];
      for (let k = 0; k < 3; k++) await peers[(round + k) % 3]();
    }
    console.log(
      `${c.name.padEnd(16)} new ${median(now).toFixed(2)} ms  baseline ${median(old).toFixed(2)} ms  ` +
        `vs baseline ${spread(old.map((ms, i) => ms / now[i]))}` +
        (native ? `  native ${median(nat).toFixed(2)} ms, vs native ${spread(nat.map((ms, i) => ms / now[i]))}` : ''),
    );
  }
} finally {
  native?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
