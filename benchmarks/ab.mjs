// A/B of this checkout's build against another build of fastclahe (an older commit's dist/), in
// one process: interleaved rounds of three calls each, the median of the per-round ratios with
// its interquartile range, after checking that both give the same bytes.
// Run: npm run build && node benchmarks/ab.mjs <baseline dist dir> [rounds]
// (a baseline: git worktree add /tmp/base <commit> && cd /tmp/base && npm ci && npm run build)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [baselineDir, roundsArg] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node benchmarks/ab.mjs <baseline dist dir> [rounds]');
const ROUNDS = Number(roundsArg ?? 15);
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href);
const [before, now] = [await load(baselineDir), await load(new URL('../dist', import.meta.url).pathname)];

const gray4k = pattern(3840, 2160, 1);
const rgba1080 = pattern(1920, 1080, 4);
/** @type {Record<string, (m: any) => { data: Uint8Array }>} */
const cases = {
  'clahe 3840×2160 gray': (m) => m.clahe(gray4k),
  'equalizeHist 3840×2160 gray': (m) => m.equalizeHist(gray4k),
  'clahe HSV 1920×1080 RGBA': (m) => m.clahe(rgba1080, { colorSpace: 'hsv' }),
  'clahe Lab 1920×1080 RGBA': (m) => m.clahe(rgba1080, { colorSpace: 'lab' }),
  'rgbToHsv 1920×1080 RGBA': (m) => m.rgbToHsv(rgba1080),
  'hsvToRgb 1920×1080 RGBA': (m) => m.hsvToRgb(rgba1080),
};

/** A photo-like test pattern: smooth waves plus a little texture, opaque alpha. */
function pattern(width, height, channels) {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++, i++) {
        const wave = 128 + 100 * Math.sin(x / (37 + 5 * c)) * Math.cos(y / (23 + 3 * c));
        data[i] = c === 3 ? 255 : (wave + ((x * 7 + y * 13 + c) % 17)) & 255;
      }
    }
  }
  return { data, width, height };
}

for (const [name, run] of Object.entries(cases)) {
  if (Buffer.compare(run(before).data, run(now).data) !== 0) throw new Error(`${name}: the two builds differ`);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const a = time(() => run(before));
    const b = time(() => run(now));
    rounds.push({ ratio: a / b, before: a, now: b });
  }
  rounds.sort((p, q) => p.ratio - q.ratio);
  const at = (q) => rounds[Math.min(rounds.length - 1, Math.floor(q * rounds.length))];
  const m = at(0.5);
  console.log(
    `${name.padEnd(28)} ${m.ratio.toFixed(2)}× faster [${at(0.25).ratio.toFixed(2)}–${at(0.75).ratio.toFixed(2)}]  ` +
      `(${m.before.toFixed(1)} → ${m.now.toFixed(1)} ms)`,
  );
}

/** Milliseconds per call, over three calls. */
function time(call) {
  const started = performance.now();
  for (let i = 0; i < 3; i++) call();
  return (performance.now() - started) / 3;
}
