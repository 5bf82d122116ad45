// fastclahe/parallel against fastclahe on one thread and native OpenCV 5 at its default thread
// count, side by side: each round times a short block of each peer in turn (sync, parallel,
// native) for each case, and the report gives, per case, the medians of the per-round ratios
// with their range. Interleaving matters on hosts whose vCPUs change speed for seconds at a
// time: a per-peer median taken minutes apart measures the host, not the code.
//
// Inputs: the retina photograph tiled to each size (benchmarks/lib/inputs.mjs). Before timing,
// every case checks that parallel and native outputs equal fastclahe's.
//
// Usage: npm run build && node benchmarks/parallel.mjs [--rounds N] [--block N]
// Native OpenCV runs in benchmarks/native.py at its default thread count ("threads": -1), in
// $FASTCLAHE_PYTHON (else python3); skipped if that Python lacks cv2.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as sync from '../dist/index.js';
import * as parallel from '../dist/parallel.js';
import { sha256 } from './lib/bytes.mjs';
import { imagesOfSize, readPng } from './lib/inputs.mjs';
import { findPython } from './lib/python.mjs';
import { writeSection } from './results.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = option('--rounds', 9);
/** Calls per peer per round; the block's median is that round's time. */
const BLOCK = option('--block', 5);
const BENCHMARKS = fileURLToPath(new URL('.', import.meta.url));

/** @type {Array<[string, number, number]>} */
const SIZES = [
  ['4K', 3840, 2160],
  ['1080p', 1920, 1080],
  ['1 MP', 1024, 1024],
];
/** Sizes at which native OpenCV is timed too. */
const NATIVE_SIZES = ['4K', '1080p'];
const GRID = { clipLimit: 2, tileGridSize: [8, 8] };

/**
 * Each case's input kind, synchronous and parallel function (taking the image and `params`),
 * and native.py's request for the same work.
 * `reuseOutput`: every call writes into one output image of the input's size.
 * `shared`: the input and that output are on SharedArrayBuffers, which the workers use as they are.
 * @type {Array<{ op: string, kind: 'gray' | 'rgba' | 'gray16', params: object, reuseOutput?: boolean, shared?: boolean, native: { op: string, params: object },
 *   one: (image: object, params: object) => { data: Uint8Array },
 *   all: (image: object, params: object) => Promise<{ data: Uint8Array }> }>}
 */
const CASES = [
  {
    op: 'clahe',
    kind: 'gray',
    params: GRID,
    native: { op: 'clahe', params: GRID },
    one: /** @type {any} */ (sync.clahe),
    all: /** @type {any} */ (parallel.clahe),
  },
  {
    op: 'equalizeHist',
    kind: 'gray',
    params: {},
    native: { op: 'equalizeHist', params: {} },
    one: /** @type {any} */ (sync.equalizeHist),
    all: /** @type {any} */ (parallel.equalizeHist),
  },
  {
    // As native.py's loop gets it: Python frees each result at once and malloc hands the same,
    // already mapped, memory to the next call; a new 8 MB array in JavaScript is fresh memory
    // until the garbage collector runs (page faults: 1.3–4 ms per 4K call here).
    op: 'equalizeHist, output reused',
    kind: 'gray',
    params: {},
    reuseOutput: true,
    native: { op: 'equalizeHist', params: {} },
    one: /** @type {any} */ (sync.equalizeHist),
    all: /** @type {any} */ (parallel.equalizeHist),
  },
  {
    // Pixels kept in shared memory (fastclahe/parallel: "Pixels on a SharedArrayBuffer"): the
    // calling thread copies nothing in or out.
    op: 'equalizeHist, shared input and output',
    kind: 'gray',
    params: {},
    reuseOutput: true,
    shared: true,
    native: { op: 'equalizeHist', params: {} },
    one: /** @type {any} */ (sync.equalizeHist),
    all: /** @type {any} */ (parallel.equalizeHist),
  },
  {
    op: 'clahe, shared input and output',
    kind: 'gray',
    params: GRID,
    reuseOutput: true,
    shared: true,
    native: { op: 'clahe', params: GRID },
    one: /** @type {any} */ (sync.clahe),
    all: /** @type {any} */ (parallel.clahe),
  },
  {
    op: 'clahe 16-bit',
    kind: 'gray16',
    params: GRID,
    native: { op: 'clahe', params: GRID },
    one: /** @type {any} */ (sync.clahe),
    all: /** @type {any} */ (parallel.clahe),
  },
  {
    op: 'clahe RGBA HSV',
    kind: 'rgba',
    params: { ...GRID, colorSpace: 'hsv' },
    native: { op: 'colourClahe', params: { ...GRID, space: 'HSV', channel: 2 } },
    one: /** @type {any} */ (sync.clahe),
    all: /** @type {any} */ (parallel.clahe),
  },
  {
    op: 'clahe RGBA HSV, shared input and output',
    kind: 'rgba',
    params: { ...GRID, colorSpace: 'hsv' },
    reuseOutput: true,
    shared: true,
    native: { op: 'colourClahe', params: { ...GRID, space: 'HSV', channel: 2 } },
    one: /** @type {any} */ (sync.clahe),
    all: /** @type {any} */ (parallel.clahe),
  },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Native OpenCV (benchmarks/native.py): one JSON request per line, one block of timing per answer. */
function startNative() {
  const found = findPython({
    variables: ['FASTCLAHE_PYTHON'],
    modules: ['cv2'],
    install: 'OpenCV for Python (pip install opencv-python-headless)',
  });
  if ('skipped' in found) {
    console.log(`${found.skipped}: native OpenCV is skipped.`);
    return undefined;
  }
  const child = spawn(found.python, [join(BENCHMARKS, 'native.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  return {
    hello: next(),
    async measure(request) {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      return next();
    },
    close: () => child.stdin.end(),
  };
}

/** A copy of `data` on a SharedArrayBuffer. */
function onShared(data) {
  const copy = new data.constructor(new SharedArrayBuffer(data.byteLength));
  copy.set(data);
  return copy;
}

async function time(run) {
  const samples = [];
  for (let i = 0; i < BLOCK; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const native = startNative();
const hello = native ? await native.hello : undefined;
const gray = readPng('retina-gray.png');
const colour = readPng('retina.png');
const runs = [];
const notes = new Set();
for (const [label, width, height] of SIZES) {
  const images = imagesOfSize(gray, colour, width, height);
  for (const { op, kind, params: caseParams, reuseOutput, shared, native: peer, one, all } of CASES) {
    const image = shared ? { ...images[kind], data: onShared(images[kind].data) } : images[kind];
    const output = shared ? onShared(image.data).fill(0) : image.data.slice().fill(0);
    const params = reuseOutput ? { ...caseParams, output: { data: output, width, height } } : caseParams;
    const channels = kind === 'rgba' ? 4 : 1;
    const input = join(tmpdir(), `fastclahe-parallel-${kind}-${width}x${height}.raw`);
    writeFileSync(input, image.data);
    // Expected into a new array: with a reused output, `got` is that output.
    const expected = one(image, caseParams).data;
    const got = (await all(image, params)).data;
    if (sha256(got) !== sha256(expected)) throw new Error(`${op} ${label}: parallel differs from fastclahe`);
    // threads -1: OpenCV's default; a block of about the same length as the Node peers' blocks.
    const depth = kind === 'gray16' ? 16 : 8;
    const request = { ...peer, input, width, height, channels, depth, threads: -1, seconds: 0.1 };
    const withNative = native && NATIVE_SIZES.includes(label);
    if (withNative) {
      const answer = await native.measure({ ...request, seconds: 0 });
      // Native OpenCV's vectorised HSV → RGB rounds differently from its scalar code, which
      // fastclahe and OpenCV.js match (README: Colour conversions): noted, not fatal.
      if (answer.sha256 !== sha256(expected)) notes.add(`${op}: native OpenCV's output differs from fastclahe's`);
    }
    /** @type {Array<{ one: number, all: number, cv: number | undefined }>} */
    const rounds = [];
    runs.push({ label, op, one, all, image, params, request: withNative ? request : undefined, rounds });
  }
}

for (let round = 0; round < ROUNDS; round++) {
  for (const run of runs) {
    const one = await time(() => run.one(run.image, run.params));
    const all = await time(() => run.all(run.image, run.params));
    const cv = run.request && native ? (await native.measure(run.request)).ms : undefined;
    run.rounds.push({ one, all, cv });
  }
  process.stdout.write(`round ${round + 1}/${ROUNDS}\r`);
}
native?.close();
await parallel.close();

const range = (values) =>
  `${median(values).toFixed(2)}× [${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}]`;
const ms = (values) => median(values).toFixed(1);
const lines = [];
const say = (/** @type {string} */ line) => {
  console.log(line);
  lines.push(line);
};
say(
  `\nfastclahe/parallel, ${availableParallelism()} workers; ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; Node ${process.version}` +
    (hello ? `; native OpenCV ${hello.opencv} with ${hello.defaultThreads} threads (default)` : '; no native OpenCV'),
);
/** The case column: as wide as the longest case's name. */
const WIDTH = Math.max(...runs.map(({ op, label }) => op.length + label.length + 2));
say(`${ROUNDS} interleaved rounds of ${BLOCK} calls per peer; medians of per-round ratios [min–max]\n`);
say(`${'case'.padEnd(WIDTH)}| one thread | parallel | native | parallel vs one thread | parallel vs native`);
say(`${'-'.repeat(WIDTH)}|-----------:|---------:|-------:|-----------------------:|-------------------:`);
for (const { label, op, rounds } of runs) {
  const speedup = rounds.map((r) => r.one / r.all);
  const cvRatio = rounds[0].cv === undefined ? undefined : rounds.map((r) => Number(r.cv) / r.all);
  say(
    `${`${op} ${label}`.padEnd(WIDTH)}| ${ms(rounds.map((r) => r.one)).padStart(8)} ms | ${ms(rounds.map((r) => r.all)).padStart(5)} ms | ${
      cvRatio ? `${ms(rounds.map((r) => Number(r.cv))).padStart(3)} ms` : '     –'
    } | ${range(speedup).padStart(22)} | ${cvRatio ? range(cvRatio).padStart(18) : '–'.padStart(18)}`,
  );
}
for (const note of notes) say(`\nNote: ${note}`);
say(`\nRe-run: npm run build && node benchmarks/parallel.mjs --rounds ${ROUNDS} --block ${BLOCK}`);
writeSection(
  'parallel',
  `## fastclahe/parallel against one thread and native OpenCV\n\nWritten by \`node benchmarks/parallel.mjs --rounds ${ROUNDS} --block ${BLOCK}\` on ${new Date()
    .toISOString()
    .slice(0, 10)}.\n${lines.join('\n')}`,
);
