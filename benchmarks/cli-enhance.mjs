// `fastclahe enhance` on a folder, side by side with the peers a user would pick instead:
//   - the Python loop an OpenCV user writes (benchmarks/cli_enhance_peer.py: imread → Lab →
//     createCLAHE on L → imwrite), OpenCV with its default threads;
//   - sharp decoding and re-encoding the same files with no enhancement at all, as many files
//     at a time as fastclahe has workers: the I/O floor no enhancing tool can beat.
// Two sets: 100 JPEG photographs of 1920×1080 (colour, written at quality 90; fastclahe with
// --color-space lab, the same work as the Python loop) and 24 16-bit gray PNGs of 2048×2048.
// Runs are interleaved (each round runs every peer once, in rotating order) and the report
// gives the median of per-round ratios with their range, never times from different runs.
// Before timing, one image of each set is checked: fastclahe's PNG output equals OpenCV's.
//
// Run: npm run build && node benchmarks/cli-enhance.mjs [--rounds 5]
// (the Python peer runs $FASTCLAHE_PYTHON, else python3 on PATH, with cv2: `python3 -m venv V && V/bin/pip install opencv-python-headless`; without
// one the Python peer is skipped). Writes a section of benchmarks/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { findPython } from './lib/python.mjs';
import { writeSection } from './results.mjs';

const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
// fastclahe's default worker count (cores + 2); the sharp floor keeps as many files in flight.
const JOBS = availableParallelism() + 2;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const CLI = here('../cli/bin/fastclahe.js');
const CACHE = here('./.cache');
const scratch = mkdtempSync(join(tmpdir(), 'fastclahe-bench-cli-'));

// ---------------------------------------------------------------------------------------
// Data: made once from the committed photographs and cached in benchmarks/.cache/.

async function jpegSet() {
  const dir = join(CACHE, 'photos-1080p-jpeg');
  if (existsSync(dir) && readdirSync(dir).length === 100) return dir;
  mkdirSync(dir, { recursive: true });
  const photos = ['astronaut.png', 'coffee.png', 'chelsea.png', 'retina.png'].map((name) =>
    here(`../test/images/${name}`),
  );
  for (let i = 0; i < 100; i++) {
    // Different crops, flips and tints so that no two files are alike.
    let image = sharp(photos[i % 4])
      .resize(1952, 1112, { fit: 'cover' })
      .extract({ left: 8 * (i % 4), top: 8 * (i % 4), width: 1920, height: 1080 });
    if (i % 2) image = image.flop();
    image = image.modulate({ brightness: 0.6 + 0.04 * (i % 10) });
    await image.jpeg({ quality: 90 }).toFile(join(dir, `photo-${String(i).padStart(3, '0')}.jpg`));
  }
  return dir;
}

async function png16Set() {
  const dir = join(CACHE, 'scans-2048-png16');
  if (existsSync(dir) && readdirSync(dir).length === 24) return dir;
  mkdirSync(dir, { recursive: true });
  const scans = ['ct-16bit.png', 'mr-16bit.png'].map((name) => here(`../test/images/${name}`));
  for (let i = 0; i < 24; i++) {
    const image = sharp(scans[i % 2])
      .toColourspace('grey16')
      .resize(2048, 2048, { fit: 'fill' })
      .rotate(90 * (i % 4));
    await image.png({ compressionLevel: 6 }).toFile(join(dir, `scan-${String(i).padStart(2, '0')}.png`));
  }
  return dir;
}

// ---------------------------------------------------------------------------------------
// Peers: each processes a whole folder into a fresh output folder; the time is wall time of
// the process, start-up included (what the user waits for).

/** The Python loop's interpreter and OpenCV version, or undefined (and why) when there is none. */
function pythonPeer() {
  const found = findPython({
    variables: ['FASTCLAHE_PYTHON'],
    modules: ['cv2'],
    install: 'OpenCV for Python (apt-get install python3-opencv, or pip install opencv-python-headless)',
  });
  if ('skipped' in found) {
    console.log(`${found.skipped}: the Python peer is skipped.`);
    return undefined;
  }
  return { python: found.python, version: found.versions.cv2 };
}

const floorScript = `
import sharp from 'sharp';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const [source, target, jobs] = process.argv.slice(1);
sharp.concurrency(1);
const names = readdirSync(source);
let next = 0;
async function worker() {
  while (next < names.length) {
    const name = names[next++];
    const image = sharp(join(source, name));
    // The same encoder settings as fastclahe's: standard Huffman tables, deflate level 1.
    await (name.endsWith('.jpg') ? image.jpeg({ quality: 90, optimiseCoding: false }) : image.png({ compressionLevel: 1 })).toFile(join(target, name));
  }
}
await Promise.all(Array.from({ length: Number(jobs) }, worker));
`;

function peersFor(set, python) {
  const lab = set.colour ? ['--color-space', 'lab'] : [];
  const peers = {
    'fastclahe --jobs 1': (out) => [
      'node',
      [CLI, 'enhance', set.dir, '--out', out, '--quiet', '--jobs', '1', '--compression', '1', ...lab],
    ],
    // PNG at deflate level 1, OpenCV's default, so that both write with the same effort.
    fastclahe: (out) => ['node', [CLI, 'enhance', set.dir, '--out', out, '--json', '--compression', '1', ...lab]],
    'sharp decode+encode (floor)': (out) => [
      'node',
      ['--input-type=module', '-e', floorScript, set.dir, out, String(JOBS)],
      { UV_THREADPOOL_SIZE: String(JOBS) },
    ],
  };
  if (python)
    peers[`Python OpenCV ${python.version} loop`] = (out) => [
      python.python,
      [here('./cli_enhance_peer.py'), set.dir, out],
    ];
  return peers;
}

/** Seconds of wall time; fastclahe's --json summary also gives its peak memory. */
function timeRun([command, args, env = {}], out, memory) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const start = performance.now();
  const stdout = execFileSync(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  if (args.includes('--json')) memory.push(JSON.parse(stdout).peakMemoryMiB);
  return seconds;
}

// ---------------------------------------------------------------------------------------
// Exactness check: one image of the set through fastclahe (PNG out) and through OpenCV (PNG out).

function readPngPixels(path) {
  const png = PNG.sync.read(readFileSync(path), { skipRescale: true });
  return png.data;
}

async function checkExact(set, python) {
  if (!python) return 'not checked (no Python with cv2)';
  const one = join(scratch, 'check-in');
  rmSync(one, { recursive: true, force: true });
  mkdirSync(one);
  const name = readdirSync(set.dir).sort()[0];
  execFileSync('cp', [join(set.dir, name), one]);
  execFileSync('node', [
    CLI,
    'enhance',
    one,
    '--out',
    join(scratch, 'check-ours'),
    '--quiet',
    '--overwrite',
    '--format',
    'png',
    ...(set.colour ? ['--color-space', 'lab'] : []),
  ]);
  execFileSync(python.python, [here('./cli_enhance_peer.py'), one, join(scratch, 'check-opencv'), '--png']);
  const stem = name.replace(/\.\w+$/, '.png');
  const ours = readPngPixels(join(scratch, 'check-ours', stem));
  // OpenCV writes BGR; pngjs gives RGBA either way, so compare as decoded.
  const theirs = readPngPixels(join(scratch, 'check-opencv', stem));
  const differ = ours.reduce((count, value, i) => count + (value !== theirs[i] ? 1 : 0), 0);
  if (differ) throw new Error(`${set.name}: fastclahe's output differs from OpenCV's in ${differ} samples`);
  return `${name}: identical to OpenCV's PNG output`;
}

// ---------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const python = pythonPeer();
const sets = [
  { name: '100 JPEG photos, 1920×1080', dir: await jpegSet(), colour: true, files: 100 },
  { name: '24 16-bit gray PNG scans, 2048×2048', dir: await png16Set(), colour: false, files: 24 },
];
const rows = [];
try {
  for (const set of sets) {
    const check = await checkExact(set, python);
    console.log(`${set.name}: ${check}`);
    const peers = peersFor(set, python);
    const names = Object.keys(peers);
    /** @type {Record<string, number[]>} */
    const times = Object.fromEntries(names.map((name) => [name, []]));
    const memory = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order)
        times[name].push(timeRun(peers[name](join(scratch, 'out')), join(scratch, 'out'), memory));
      console.log(
        `${set.name} round ${round + 1}: ${names.map((name) => `${name} ${times[name][round].toFixed(2)} s`).join(', ')}`,
      );
    }
    rows.push({ set, names, times, memory, check });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function ratioCell(times, peer, base) {
  const ratios = times[peer].map((t, i) => t / times[base][i]);
  return `${median(ratios).toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`;
}

const lines = [
  '## Command line: `fastclahe enhance` on a folder',
  '',
  `Written by \`node benchmarks/cli-enhance.mjs --rounds ${ROUNDS}\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}.`,
  `fastclahe runs ${JOBS} worker threads (its default, cores + 2); the sharp floor decodes and re-encodes the same files ${JOBS} at a time with no`,
  'enhancement; the Python loop is benchmarks/cli_enhance_peer.py (OpenCV with its default threads). Wall time of each process,',
  `start-up included, ${ROUNDS} interleaved rounds; ratios are medians of per-round ratios [range]. Colour: Lab L for both fastclahe and OpenCV.`,
  '',
  '| folder | fastclahe files/s | speed-up over the Python loop | fastclahe time ÷ sharp floor | Python loop time ÷ sharp floor | 1 worker ÷ all (scaling) | peak memory | exactness |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const { set, names, times, memory, check } of rows) {
  const pythonName = names.find((name) => name.startsWith('Python'));
  const rate = set.files / median(times.fastclahe);
  const speedUp = pythonName ? ratioCell(times, pythonName, 'fastclahe') : 'skipped';
  const floor = ratioCell(times, 'fastclahe', 'sharp decode+encode (floor)');
  // What the same enhancement costs OpenCV's own loop over the floor: how far the floor is from reach.
  const pythonFloor = pythonName ? ratioCell(times, pythonName, 'sharp decode+encode (floor)') : 'skipped';
  const scaling = ratioCell(times, 'fastclahe --jobs 1', 'fastclahe');
  lines.push(
    `| ${set.name} | ${rate.toFixed(1)} | ${speedUp} | ${floor} | ${pythonFloor} | ${scaling} | ${Math.max(...memory)} MiB | ${check} |`,
  );
}
lines.push('', "Targets: at least 1.5× the Python loop's images per second; within 1.3× of the sharp floor.");
const markdown = lines.join('\n');
writeSection('cli-enhance', markdown);
console.log(`\n${markdown}\n\nwrote benchmarks/RESULTS.md`);
