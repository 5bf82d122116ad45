// `fastclahe explore` throughput against its floor: sharp decoding the same files to raw pixels
// with the same number of threads. Generates a folder of small JPEGs once (cached in the temp
// folder), then times, side by side and alternating, (a) a decode-only run, (b) the built CLI's
// explore (default --thumbs auto: these small JPEGs are their own thumbnails) and (c) explore
// --thumbs all (a thumbnail file per image), each in its own process, and reports images/s and
// peak RSS of each.
//
// Run: npm run build && node benchmarks/explore.mjs [--images 20000] [--jobs 2] [--rounds 2] [--no-breakdown | --stages-only]
// Writes the table to the console and to its section of benchmarks/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeSection } from './results.mjs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// sharp is the CLI's dependency, installed under cli/.
const sharp = createRequire(new URL('../cli/package.json', import.meta.url))('sharp');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const IMAGES = option('images', 20_000);
const JOBS = option('jobs', availableParallelism());
const ROUNDS = option('rounds', 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'cli', 'bin', 'fastclahe.js');
const folder = join(tmpdir(), `fastclahe-explore-bench-${IMAGES}`);

/** Small photo-like JPEGs: 320×240 and 240×320, textures varied per file. */
async function generate() {
  if (existsSync(folder) && readdirSync(folder).length === IMAGES) return;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const started = performance.now();
  const base = [];
  for (let b = 0; b < 16; b++) {
    const data = Buffer.alloc(320 * 240 * 3);
    for (let y = 0; y < 240; y++)
      for (let x = 0; x < 320; x++)
        for (let c = 0; c < 3; c++) {
          data[(y * 320 + x) * 3 + c] =
            128 + 90 * Math.sin(x / (9 + b + c) + b) * Math.cos(y / (7 + c) - b) + ((x * 31 + y * 17 + b * 7 + c) % 23);
        }
    base.push(data);
  }
  let next = 0;
  const worker = async () => {
    while (next < IMAGES) {
      const i = next++;
      const data = Buffer.from(base[i % base.length]);
      // A different dark square per file, so files differ.
      const x0 = (i * 37) % 280;
      const y0 = Math.floor(i / 280) % 200;
      for (let y = y0; y < y0 + 40; y++) data.fill((i * 13) & 255, (y * 320 + x0) * 3, (y * 320 + x0 + 40) * 3);
      const portrait = i % 5 === 0;
      let image = sharp(data, { raw: { width: 320, height: 240, channels: 3 } });
      if (portrait) image = image.rotate(90);
      await image.jpeg({ quality: 85 }).toFile(join(folder, `img-${String(i).padStart(6, '0')}.jpg`));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`generated ${IMAGES} JPEGs in ${folder} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

// Printed by the child at exit: its peak resident set (all its threads), in KB.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** The decode-only floor: JOBS worker threads, each decoding files one at a time with one libvips thread. */
const DECODE_ONLY = `
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'cli', 'package.json'))});
const sharp = require('sharp');
const [folder, jobs] = [process.argv[2], Number(process.argv[3])];
if (isMainThread) {
  const files = readdirSync(folder).sort();
  await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % jobs === k).map((f) => join(folder, f)) });
    w.on('message', resolve); w.on('error', reject);
  })));
} else {
  sharp.concurrency(1); sharp.cache(false);
  let pixels = 0;
  for (const file of workerData) pixels += (await sharp(file).rotate().raw().toBuffer()).length;
  parentPort.postMessage(pixels);
}
`;

function timed(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({
        seconds: (performance.now() - started) / 1000,
        rssMB: Number(/maxrss (\d+)/.exec(stderr)?.[1]) / 1024,
      });
    });
  });
}

/**
 * Where explore's time goes, per image on one thread: the stages bundled from cli/src with
 * esbuild and timed on the first 300 files (each stage over all files, three rounds, best kept).
 */
async function breakdown() {
  const { build } = await import('esbuild');
  // Inside the repository, so that the bundle's external 'sharp' resolves.
  const entry = join(root, 'node_modules', '.cache', 'fastclahe-explore-stages.mjs');
  await build({
    stdin: {
      contents: `export { decodeImage } from './cli/src/io/decode.ts';
        export { measure } from './cli/src/explore/analyseImage.ts';
        export { writeThumbnails } from './cli/src/explore/thumbnail.ts';
        export { eightBit } from './cli/src/explore/pixels8.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['sharp'],
    outfile: entry,
    logLevel: 'warning',
    loader: { '.wasm': 'binary' },
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const stages = await import(entry);
  sharp.concurrency(1);
  sharp.cache(false);
  const files = readdirSync(folder)
    .sort()
    .slice(0, 300)
    .map((f) => join(folder, f));
  const images = [];
  for (const f of files) images.push(await stages.decodeImage(f));
  const thumbs = join(tmpdir(), 'fastclahe-explore-stage-thumbs');
  mkdirSync(thumbs, { recursive: true });
  const time = async (fn) => {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      for (let i = 0; i < files.length; i++) await fn(i);
      best = Math.min(best, (performance.now() - started) / files.length);
    }
    return best;
  };
  return {
    'sharp: read and decode to raw (the floor)': await time((i) => sharp(files[i]).rotate().raw().toBuffer()),
    // As explore calls it: a plain JPEG's header read from its markers, not by sharp's metadata().
    'explore: read, header, decode (decodeImage)': await time((i) =>
      stages.decodeImage(files[i], { markerHeader: true }),
    ),
    'explore: every measure (measure)': await time((i) => stages.measure({ path: 'x', index: i }, images[i])),
    'explore --thumbs all: thumbnail JPEG (writeThumbnails)': await time((i) =>
      stages.writeThumbnails(stages.eightBit(images[i]), { dir: thumbs, name: 'x', size: 256, preview: false }),
    ),
  };
}

await generate();
const stageTimes = process.argv.includes('--no-breakdown') ? undefined : await breakdown();
if (process.argv.includes('--stages-only')) {
  console.log(
    Object.entries(stageTimes ?? {})
      .map(([name, ms]) => `| ${name} | ${ms.toFixed(2)} |`)
      .join('\n'),
  );
  process.exit(0);
}
const decodeScript = join(tmpdir(), 'fastclahe-explore-decode-only.mjs');
writeFileSync(decodeScript, DECODE_ONLY);
const out = join(tmpdir(), 'fastclahe-explore-bench-report');
/** @type {Record<'explore' | 'decode' | 'all', { seconds: number, rssMB: number }[]>} */
const results = { explore: [], decode: [], all: [] };
const explore = (...extra) => [cli, 'explore', folder, '--out', out, '--jobs', String(JOBS), '--quiet', ...extra];
for (let round = 0; round < ROUNDS; round++) {
  results.decode.push(await timed([decodeScript, folder, String(JOBS)]));
  rmSync(out, { recursive: true, force: true });
  results.explore.push(await timed(explore()));
  rmSync(out, { recursive: true, force: true });
  results.all.push(await timed(explore('--thumbs', 'all')));
  console.log(
    `round ${round + 1}: decode ${results.decode[round].seconds.toFixed(1)} s, explore ${results.explore[round].seconds.toFixed(1)} s, explore --thumbs all ${results.all[round].seconds.toFixed(1)} s`,
  );
}
const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const peak = (runs) => Math.max(...runs.map((r) => r.rssMB));
const e = best(results.explore);
const d = best(results.decode);
const a = best(results.all);
/** The median of the per-round ratios to the decode-only run of the same round, and their range. */
const perRound = (kind) => {
  const ratios = results[kind].map((r, i) => r.seconds / results.decode[i].seconds).sort((x, y) => x - y);
  const mid = ratios.length >> 1;
  const median = ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
  return `${median.toFixed(2)}× (${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}×)`;
};
const row = (name, r, runs) =>
  `| ${name} | ${r.seconds.toFixed(1)} s | ${(IMAGES / r.seconds).toFixed(0)} | ${peak(runs).toFixed(0)} MB |`;
const table = [
  `| run (${IMAGES} JPEGs, 320×240 and 240×320, ${JOBS} threads) | best of ${ROUNDS} | images/s | peak RSS |`,
  '|---|---|---|---|',
  row('sharp: decode to raw pixels only (the floor)', d, results.decode),
  row('fastclahe explore (decode, all measures, report; the originals are the thumbnails)', e, results.explore),
  row('fastclahe explore --thumbs all (the same and a 256-px JPEG thumbnail per image)', a, results.all),
  '',
  `explore / decode-only time: **${(e.seconds / d.seconds).toFixed(2)}×** (target ≤ 1.5×); with --thumbs all ${(a.seconds / d.seconds).toFixed(2)}×.`,
  `Per round (each explore run against the decode-only run just before it): median ${perRound('explore')}; --thumbs all ${perRound('all')}.`,
].join('\n');
const stageTable = stageTimes
  ? [
      '| stage (one thread, first 300 files, best of 3) | ms per image |',
      '|---|---|',
      ...Object.entries(stageTimes).map(([name, ms]) => `| ${name} | ${ms.toFixed(2)} |`),
    ].join('\n')
  : '';
console.log(`\n${table}\n\n${stageTable}`);
const md = `# \`fastclahe explore\` benchmark

Command: \`npm run build && node benchmarks/explore.mjs --images ${IMAGES} --jobs ${JOBS} --rounds ${ROUNDS}\`
Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}).
The runs are separate processes with ${JOBS} worker threads and one libvips thread each, alternated, best of ${ROUNDS} rounds; peak RSS is the process's maximum resident set over all its rounds.
The decode-only run reads each file and decodes it to raw pixels with EXIF rotation (\`sharp(file).rotate().raw().toBuffer()\`);
explore also reads the header first, measures every property and writes report.json and report.html; with the default \`--thumbs auto\`
these small JPEGs are shown as their own thumbnails (no file written), with \`--thumbs all\` it also writes a 256-px JPEG thumbnail per image.
The machine is shared: its load average was ${loadavg()
  .map((l) => l.toFixed(1))
  .join(
    ', ',
  )} (1, 5, 15 min) at the end of the run, so absolute rates are low; the runs alternate so they share the same conditions.

${table}

Where the time goes (the stages of one image, timed in-process):

${stageTable}
`;
writeSection('explore', md.replace(/^# /, '## '));
