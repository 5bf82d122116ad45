// fastclahe benchmark suite: every operation, every size, every peer, in one run.
//
// Peers, timed side by side for each case: fastclahe (WebAssembly SIMD, the default), its
// scalar WebAssembly build, its pure-TypeScript twin, OpenCV.js (@techstark/opencv-js) with
// preallocated Mats and again including copying pixels in and out, and native OpenCV with one
// thread through benchmarks/native.py, run right after the Node peers for the same case.
// A peer that is not installed is skipped and the output says so. Every case first checks
// that fastclahe's output equals OpenCV's, so a fast wrong kernel cannot look good.
//
// Writes the table to the console and to benchmarks/RESULTS.md.
// Run: npm run bench        (a few minutes; `-- --quick` for a short smoke run)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PNG } from 'pngjs';
import { Bench } from 'tinybench';
import { writeSection } from './results.mjs';
import * as fastclahe from 'fastclahe';
import * as twin from 'fastclahe/js';

const QUICK = process.argv.includes('--quick');
const TIMING = QUICK ? { seconds: 0.2, samples: 3 } : { seconds: 1, samples: 10 };
const SIZES = QUICK
  ? [
      [512, 512],
      [1920, 1080],
    ]
  : [
      [512, 512],
      [1920, 1080],
      [3840, 2160],
    ];
// 16-bit cases run at 2048×2048, a typical X-ray (their own \`sizes\`).
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------
// Cases: each operation says how every peer runs it and what OpenCV result it must equal.

/** What fastclahe's result is compared with: OpenCV's output bytes, shaped as OpenCV shapes them. */
const comparable = {
  same: (result) => bytesOf(result),
  /** OpenCV's cvtColor to HSV drops alpha: compare fastclahe's first three channels. */
  dropAlpha: (result) => bytesOf(result).filter((_, i) => i % 4 !== 3),
};

/**
 * What OpenCV users write to equalize a colour image: cvtColor to `space`, split, CLAHE (clip 2,
 * 8×8) on one channel, merge, cvtColor back into mats.out with `channels` channels (0: three).
 */
function claheOneChannel(cv, mats, space, channel, channels = 0) {
  cv.cvtColor(mats.src, mats.converted, cv[`COLOR_RGB2${space}`]);
  cv.split(mats.converted, mats.planes);
  const plane = mats.planes.get(channel);
  mats.clahe(2, [8, 8]).apply(plane, plane);
  mats.planes.set(channel, plane);
  plane.delete();
  cv.merge(mats.planes, mats.converted);
  cv.cvtColor(mats.converted, mats.out, cv[`COLOR_${space}2RGB`], channels);
}

const OPERATIONS = [
  {
    name: 'histogram',
    channels: 1,
    native: { op: 'histogram' },
    compare: comparable.same,
    fastclahe: (lib, image) => lib.histogram(image),
    opencv: (cv, mats) => {
      cv.calcHist(mats.sources, [0], mats.noMask, mats.out, [256], [0, 256]);
      return Uint32Array.from(mats.out.data32F);
    },
  },
  {
    name: 'equalizeHist',
    channels: 1,
    native: { op: 'equalizeHist' },
    compare: comparable.same,
    fastclahe: (lib, image, output) => lib.equalizeHist(image, { output }),
    opencv: (cv, mats) => {
      cv.equalizeHist(mats.src, mats.out);
      return mats.out.data;
    },
  },
  ...[
    [8, 8],
    [16, 16],
  ].map((tileGridSize) => ({
    name: `clahe (clip 2, ${tileGridSize.join('×')})`,
    channels: 1,
    compare: comparable.same,
    native: { op: 'clahe', params: { clipLimit: 2, tileGridSize } },
    fastclahe: (lib, image, output) => lib.clahe(image, { clipLimit: 2, tileGridSize, output }),
    opencv: (_cv, mats) => {
      mats.clahe(2, tileGridSize).apply(mats.src, mats.out);
      return mats.out.data;
    },
  })),
  ...[16, 12].map((bitDepth) => ({
    name: `clahe ${bitDepth}-bit (clip 2, 8×8)`,
    channels: 1,
    depth: 16,
    sizes: [[2048, 2048]],
    // OpenCV has only 65536 bins: at 12 bits it is timed doing that, and there is nothing to compare.
    compare: bitDepth === 16 ? comparable.same : undefined,
    native: { op: 'clahe', params: { clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) => lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], bitDepth, output }),
    opencv: (_cv, mats) => {
      mats.clahe(2, [8, 8]).apply(mats.src, mats.out);
      return mats.out.data16U;
    },
  })),
  {
    name: 'clahe 16-bit YCrCb (clip 2, 8×8)',
    channels: 3,
    depth: 16,
    sizes: [[2048, 2048]],
    compare: comparable.same,
    native: { op: 'colourClahe', params: { space: 'YCrCb', channel: 0, clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) =>
      lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], colorSpace: 'ycrcb', output }),
    opencv: (cv, mats) => {
      claheOneChannel(cv, mats, 'YCrCb', 0);
      return mats.out.data16U;
    },
  },
  {
    name: 'rgbToHsv',
    channels: 4,
    needs: 'rgbToHsv',
    native: { op: 'rgbToHsv' },
    compare: comparable.dropAlpha,
    fastclahe: (lib, image, output) => lib.rgbToHsv(image, { output }),
    opencv: (cv, mats) => {
      cv.cvtColor(mats.src, mats.out, cv.COLOR_RGB2HSV);
      return mats.out.data;
    },
  },
  {
    name: 'hsvToRgb',
    channels: 4,
    needs: 'hsvToRgb',
    input: 'hsv',
    native: { op: 'hsvToRgb' },
    compare: comparable.same,
    fastclahe: (lib, image, output) => lib.hsvToRgb(image, { output }),
    opencv: (cv, mats) => {
      cv.cvtColor(mats.src3, mats.out, cv.COLOR_HSV2RGB, 4);
      return mats.out.data;
    },
  },
  {
    name: 'clahe HSV (clip 2, 8×8)',
    channels: 4,
    needs: 'rgbToHsv',
    compare: comparable.same,
    native: { op: 'colourClahe', params: { space: 'HSV', channel: 2, clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) =>
      lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], colorSpace: 'hsv', output }),
    opencv: (cv, mats) => {
      claheOneChannel(cv, mats, 'HSV', 2, 4);
      return mats.out.data;
    },
  },
];

// ---------------------------------------------------------------------------------------
// Inputs: the retina photograph (test/images) tiled to each size; RGBA with opaque alpha.

function readPng(name) {
  return PNG.sync.read(readFileSync(new URL(`../test/images/${name}`, import.meta.url)));
}

function photoOfSize(png, width, height, channels) {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = 4 * ((y % png.height) * png.width + (x % png.width));
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = png.data[from + c];
    }
  }
  return { data, width, height };
}

/** The colour photograph tiled to the requested size as 16-bit RGB: each byte high, a fixed hash low. */
function widenedOfSize(png, width, height) {
  const photo = photoOfSize(png, width, height, 3);
  return {
    ...photo,
    data: Uint16Array.from(photo.data, (value, i) => (value << 8) | (Math.imul(i, 2654435761) >>> 24)),
  };
}

/** The 16-bit CT slice (test/images) tiled to the requested size. */
function ctOfSize(width, height) {
  const png = PNG.sync.read(readFileSync(new URL('../test/images/ct-16bit.png', import.meta.url)), {
    skipRescale: true,
  });
  const data = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      data[y * width + x] = png.data[4 * ((y % png.height) * png.width + (x % png.width))];
  }
  return { data, width, height };
}

/** Which input a case runs on: gray, rgba, gray16 or rgb16 (the keys of the images built per size). */
function inputKind({ channels, depth = 8 }) {
  return `${channels === 1 ? 'gray' : channels === 3 ? 'rgb' : 'rgba'}${depth === 16 ? '16' : ''}`;
}

function bytesOf(result) {
  const data = result.data ?? result;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function sameBytes(a, b) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// ---------------------------------------------------------------------------------------
// Peers.

async function loadScalarBuild() {
  // The query string makes a second instance of the package, which adopts the scalar module.
  const build = await import(`${import.meta.resolve('fastclahe')}?scalar`);
  await build.init(new WebAssembly.Module(readFileSync(require.resolve('fastclahe/fastclahe.wasm'))));
  return build;
}

async function loadOpenCV() {
  try {
    const cv = require('@techstark/opencv-js');
    // The module is a thenable: wait for it without ever resolving a promise with it.
    if (!cv.Mat) await new Promise((resolve) => (cv.onRuntimeInitialized = resolve));
    const version = /General configuration for OpenCV (\S+)/.exec(cv.getBuildInformation())?.[1];
    return { cv, version };
  } catch (error) {
    return { skipped: `@techstark/opencv-js is not installed (${error.code ?? error.message})` };
  }
}

/** Mats for one case, allocated once; `free` deletes them all. */
function openCVMats(cv, image, channels, hsvImage) {
  const types =
    image.data instanceof Uint16Array ? [cv.CV_16UC1, cv.CV_16UC3, cv.CV_16UC4] : [cv.CV_8UC1, cv.CV_8UC3, cv.CV_8UC4];
  const type = types[channels === 1 ? 0 : channels - 2];
  const mats = {
    src: new cv.Mat(image.height, image.width, type),
    out: new cv.Mat(),
    converted: new cv.Mat(),
    planes: new cv.MatVector(),
  };
  (image.data instanceof Uint16Array ? mats.src.data16U : mats.src.data).set(image.data);
  mats.src3 = new cv.Mat();
  if (hsvImage) {
    const hsv4 = new cv.Mat(image.height, image.width, cv.CV_8UC4);
    hsv4.data.set(hsvImage.data);
    cv.cvtColor(hsv4, mats.src3, cv.COLOR_RGBA2RGB);
    hsv4.delete();
  }
  mats.input = hsvImage ? mats.src3 : mats.src;
  mats.sources = new cv.MatVector();
  mats.sources.push_back(mats.src);
  mats.noMask = new cv.Mat();
  const claheObjects = new Map();
  mats.clahe = (clip, [columns, rows]) => {
    const key = `${clip}:${columns}:${rows}`;
    if (!claheObjects.has(key)) claheObjects.set(key, new cv.CLAHE(clip, new cv.Size(columns, rows)));
    return claheObjects.get(key);
  };
  mats.free = () => {
    for (const mat of [mats.src, mats.out, mats.converted, mats.planes, mats.src3, mats.sources, mats.noMask])
      mat.delete();
    for (const clahe of claheObjects.values()) clahe.delete();
  };
  return mats;
}

/** The native peer: a persistent python3 process answering one JSON line per request. */
async function startNative() {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import cv2'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: 'python3-opencv is not installed (apt-get install python3-opencv)' };
  const child = spawn('/usr/bin/python3', [new URL('./native.py', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  const { opencv } = await next();
  return {
    version: opencv,
    async measure(request) {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      return next();
    },
    stop: () => child.stdin.end(),
  };
}

// ---------------------------------------------------------------------------------------
// One case: check outputs, then time every peer in one tinybench run, then native.

async function runCase(operation, image, hsvImage, peers, scratch) {
  const { cv } = peers.opencv;
  const input = operation.input === 'hsv' ? hsvImage : image;
  const newOutput = () => ({
    data: new input.data.constructor(input.data.length),
    width: input.width,
    height: input.height,
  });
  const row = {
    operation: operation.name,
    size: `${image.width}×${image.height}`,
    channels: operation.channels,
    depth: operation.depth ?? 8,
    ms: {},
    notes: [],
  };

  const mats = cv
    ? openCVMats(cv, image, operation.channels, operation.input === 'hsv' ? hsvImage : undefined)
    : undefined;
  const ours = bytesOf(operation.fastclahe(fastclahe, input, newOutput()));
  for (const [name, lib] of [
    ['scalar', peers.scalar],
    ['twin', twin],
  ]) {
    if (!sameBytes(bytesOf(operation.fastclahe(lib, input, newOutput())), ours))
      throw new Error(`${operation.name} ${row.size}: ${name} differs from the SIMD build`);
  }
  let reference;
  if (mats) {
    reference = Uint8Array.from(bytesOf(operation.opencv(cv, mats)));
    if (operation.compare && !sameBytes(operation.compare(ours), reference))
      throw new Error(`${operation.name} ${row.size}: fastclahe differs from OpenCV.js`);
    if (!operation.compare) row.notes.push('no OpenCV equivalent: OpenCV timed with 65536 bins, output not compared');
  }

  const output = newOutput();
  const bench = new Bench({
    time: TIMING.seconds * 1000,
    iterations: TIMING.samples,
    warmupTime: 200,
    warmupIterations: 3,
  });
  bench.add('fastclahe', () => operation.fastclahe(fastclahe, input, output));
  bench.add('scalar', () => operation.fastclahe(peers.scalar, input, output));
  bench.add('twin', () => operation.fastclahe(twin, input, output));
  if (mats) {
    const inputBytes = mats.input.data.slice();
    const copyOut = new Uint8Array(reference.length);
    bench.add('OpenCV.js', () => operation.opencv(cv, mats));
    bench.add('OpenCV.js + copies', () => {
      mats.input.data.set(inputBytes);
      copyOut.set(bytesOf(operation.opencv(cv, mats)));
    });
  }
  await bench.run();
  for (const task of bench.tasks) row.ms[task.name] = task.result.latency.p50;
  mats?.free();

  if (peers.native.measure) {
    const file = join(scratch, `${row.size}-${operation.channels}.raw`);
    writeFileSync(file, bytesOf(input));
    const answer = await peers.native.measure({
      ...operation.native,
      input: file,
      width: input.width,
      height: input.height,
      channels: operation.channels,
      depth: operation.depth ?? 8,
      minSeconds: TIMING.seconds,
      minSamples: TIMING.samples,
    });
    if (answer.error) row.notes.push(`native failed: ${answer.error}`);
    else {
      row.ms.native = answer.medianMs;
      if (reference && operation.compare && answer.sha256 !== sha256(reference))
        row.notes.push('native OpenCV output differs from OpenCV.js and fastclahe');
    }
  }
  return row;
}

// ---------------------------------------------------------------------------------------
// Report.

const PEERS = ['scalar', 'twin', 'OpenCV.js', 'OpenCV.js + copies', 'native'];
const PEER_TITLES = {
  scalar: 'fastclahe scalar',
  twin: 'TypeScript twin',
  'OpenCV.js': 'OpenCV.js',
  'OpenCV.js + copies': 'OpenCV.js + copies',
  native: 'native OpenCV, 1 thread',
};

function cell(row, peer) {
  const ms = row.ms[peer];
  return ms === undefined ? '–' : `${ms.toFixed(2)} (${(ms / row.ms.fastclahe).toFixed(1)}×)`;
}

function table(rows) {
  const head = ['operation', 'image', 'fastclahe ms', 'MP/s', ...PEERS.map((peer) => `${PEER_TITLES[peer]} ms (×)`)];
  const lines = rows.map((row) => {
    const megapixels = (Number(row.size.split('×')[0]) * Number(row.size.split('×')[1])) / 1e6;
    const kind = `${['gray', undefined, 'RGB', 'RGBA'][row.channels - 1]}${row.depth === 16 ? ' 16-bit' : ''}`;
    return [
      row.operation,
      `${row.size} ${kind}`,
      row.ms.fastclahe.toFixed(2),
      (megapixels / (row.ms.fastclahe / 1000)).toFixed(0),
      ...PEERS.map((peer) => cell(row, peer)),
    ];
  });
  return [head, head.map((_, i) => (i < 2 ? '---' : '---:')), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

function targets(rows) {
  const find = (operation, size) => rows.find((row) => row.operation === operation && row.size === size);
  const ratio = (row, peer) => (row?.ms[peer] === undefined ? undefined : row.ms[peer] / row.ms.fastclahe);
  const gbPerSecond = (row) =>
    row &&
    (Number(row.size.split('×')[0]) * Number(row.size.split('×')[1]) * row.channels * (row.depth / 8)) /
      (row.ms.fastclahe / 1000) /
      1e9;
  const check = (label, value, goal, unit) =>
    `| ${label} | ${value === undefined ? 'not measured' : `${value.toFixed(2)}${unit}`} | ≥ ${goal}${unit} | ${value === undefined ? '–' : value >= goal ? 'met' : 'missed'} |`;
  const clahe4k = find('clahe (clip 2, 8×8)', '3840×2160');
  return [
    '| target | measured | goal | |',
    '|---|---:|---:|---|',
    check('CLAHE 3840×2160 gray vs native OpenCV, 1 thread', ratio(clahe4k, 'native'), 2, '×'),
    check('CLAHE 3840×2160 gray vs OpenCV.js', ratio(clahe4k, 'OpenCV.js'), 5, '×'),
    check('CLAHE 3840×2160 gray vs TypeScript twin', ratio(clahe4k, 'twin'), 4, '×'),
    check('equalizeHist 3840×2160 input throughput', gbPerSecond(find('equalizeHist', '3840×2160')), 1, ' GB/s'),
    check('histogram 3840×2160 input throughput', gbPerSecond(find('histogram', '3840×2160')), 1, ' GB/s'),
    check(
      'HSV CLAHE 1920×1080 RGBA vs OpenCV.js',
      ratio(find('clahe HSV (clip 2, 8×8)', '1920×1080'), 'OpenCV.js'),
      3,
      '×',
    ),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------

const peers = { scalar: await loadScalarBuild(), opencv: await loadOpenCV(), native: await startNative() };
const skipped = [
  peers.opencv.skipped && `OpenCV.js skipped: ${peers.opencv.skipped}`,
  peers.native.skipped && `native OpenCV skipped: ${peers.native.skipped}`,
].filter(Boolean);
skipped.forEach((line) => console.log(line));

const gray = readPng('retina-gray.png');
const colour = readPng('retina.png');
const operations = OPERATIONS.filter((operation) => {
  if (!operation.needs || operation.needs in fastclahe) return true;
  skipped.push(`${operation.name}: not in this build of fastclahe`);
  return false;
});
const scratch = mkdtempSync(join(tmpdir(), 'fastclahe-bench-'));
const rows = [];
const memory = {};
try {
  const sizes = [...new Set([...SIZES, ...operations.flatMap((operation) => operation.sizes ?? [])].map(String))].map(
    (size) => size.split(',').map(Number),
  );
  for (const [width, height] of sizes) {
    const images = {
      gray: photoOfSize(gray, width, height, 1),
      rgba: photoOfSize(colour, width, height, 4),
      gray16: ctOfSize(width, height),
      rgb16: widenedOfSize(colour, width, height),
    };
    const hsvImage = 'rgbToHsv' in fastclahe ? fastclahe.rgbToHsv(images.rgba) : undefined;
    for (const operation of operations) {
      const wanted = operation.sizes ?? SIZES;
      if (!wanted.some(([w, h]) => w === width && h === height)) continue;
      const row = await runCase(operation, images[inputKind(operation)], hsvImage, peers, scratch);
      rows.push(row);
      console.log(
        `${row.operation.padEnd(26)} ${row.size.padEnd(10)} fastclahe ${row.ms.fastclahe.toFixed(2).padStart(7)} ms  ` +
          PEERS.filter((peer) => row.ms[peer] !== undefined)
            .map((peer) => `${peer} ×${(row.ms[peer] / row.ms.fastclahe).toFixed(1)}`)
            .join('  ') +
          (row.notes.length ? `  (${row.notes.join('; ')})` : ''),
      );
    }
    memory[`${width}×${height}`] = fastclahe.wasmInfo().memoryBytes;
  }
} finally {
  peers.native.stop?.();
  rmSync(scratch, { recursive: true, force: true });
}

const machine = `${cpus()[0].model.trim()}, ${cpus().length} cores, Node ${process.version}, ${platform()} ${release()}`;
const versions = [
  `fastclahe ${JSON.parse(readFileSync(require.resolve('fastclahe/package.json'), 'utf8')).version} (${fastclahe.wasmInfo().simd ? 'SIMD' : 'scalar'} build)`,
  peers.opencv.version && `OpenCV.js ${peers.opencv.version}`,
  peers.native.version && `native OpenCV ${peers.native.version} (Debian python3-opencv, cv2.setNumThreads(1))`,
]
  .filter(Boolean)
  .join(', ');
const notes = [...new Set(rows.flatMap((row) => row.notes.map((note) => `${row.operation} ${row.size}: ${note}`)))];
const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}${QUICK ? ' (quick run: short timings, not for quoting)' : ''}.
Machine: ${machine}. Peers: ${versions}.

Median milliseconds per call (tinybench: at least ${TIMING.samples} samples and ${TIMING.seconds} s per task after warm-up;
native OpenCV the same in Python, timed right after the Node peers for each case). Each peer
cell is \`ms (×)\`: its time, and how many times longer it takes than fastclahe. fastclahe writes
into a preallocated output, so its time includes copying pixels into and out of WebAssembly
memory; "OpenCV.js" times the operation on preallocated Mats, "OpenCV.js + copies" adds copying
the input into the Mat and the result out. Input: the retina photograph from test/images tiled to
each size (RGBA: opaque alpha). Before timing, every case checked that fastclahe's SIMD build,
scalar build and twin give the same bytes and that they equal OpenCV.js's output.

${table(rows)}

## Targets

${targets(rows)}

## WebAssembly memory

${Object.entries(memory)
  .map(([size, bytes]) => `- after the ${size} cases: ${(bytes / 2 ** 20).toFixed(2)} MiB`)
  .join('\n')}

Memory grows to fit the largest image seen, then every call reuses it.
${skipped.length || notes.length ? `\n## Notes\n\n${[...skipped, ...notes].map((line) => `- ${line}`).join('\n')}\n` : ''}`;
writeSection('library', report);
console.log(`\n${targets(rows)}\n\nwrote benchmarks/RESULTS.md`);
