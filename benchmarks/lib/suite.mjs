// The whole suite of benchmarks/run.mjs: loads the peers, runs every case at every size, prints
// a line per case and writes the library section of benchmarks/RESULTS.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fastclahe from 'fastclahe';
import { runCase } from './case.mjs';
import { OPERATIONS } from './cases.mjs';
import { imagesOfSize, inputKind, readPng } from './inputs.mjs';
import { loadPeers } from './peers.mjs';
import { progressLine, report } from './report.mjs';
import { targets } from './targets.mjs';
import { writeSection } from '../results.mjs';

const require = createRequire(import.meta.url);

/**
 * Runs the suite.
 * @param {{ quick: boolean }} options quick: short timings on two sizes, a smoke run
 */
export async function runSuite({ quick }) {
  const scratch = mkdtempSync(join(tmpdir(), 'fastclahe-bench-'));
  const peers = await loadPeers(scratch);
  const TIMING = quick ? { rounds: 3, blockSeconds: 0.05 } : { rounds: 7, blockSeconds: 0.25 };
  const SIZES = quick
    ? [
        [512, 512],
        [1920, 1080],
      ]
    : [
        [512, 512],
        [1920, 1080],
        [3840, 2160],
      ];
  const skipped = /** @type {string[]} */ (
    [
      peers.opencv.skipped && `OpenCV.js skipped: ${peers.opencv.skipped}`,
      peers.native.skipped && `native OpenCV skipped: ${peers.native.skipped}`,
    ].filter(Boolean)
  );
  skipped.forEach((line) => console.log(line));

  const gray = readPng('retina-gray.png');
  const colour = readPng('retina.png');
  const operations = OPERATIONS.filter((operation) => {
    if (!operation.needs || operation.needs in fastclahe) return true;
    skipped.push(`${operation.name}: not in this build of fastclahe`);
    return false;
  });
  const rows = [];
  /** @type {Record<string, number>} */
  const memory = {};
  try {
    const sizes = [...new Set([...SIZES, ...operations.flatMap((operation) => operation.sizes ?? [])].map(String))].map(
      (size) => size.split(',').map(Number),
    );
    for (const [width, height] of sizes) {
      const images = imagesOfSize(gray, colour, width, height);
      const hsvImage = 'rgbToHsv' in fastclahe ? fastclahe.rgbToHsv(images.rgba) : undefined;
      for (const operation of operations) {
        const wanted = operation.sizes ?? SIZES;
        if (!wanted.some(([w, h]) => w === width && h === height)) continue;
        const row = await runCase(operation, images[inputKind(operation)], hsvImage, peers, scratch, TIMING);
        rows.push(row);
        console.log(progressLine(row));
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
    peers.native.version &&
      `native OpenCV ${peers.native.version} (${peers.native.python}; one thread, and its default of ${peers.native.defaultThreads})`,
  ]
    .filter(Boolean)
    .join(', ');
  writeSection('library', report({ rows, memory, skipped, machine, versions, timing: TIMING, quick: quick }));
  console.log(`\n${targets(rows)}\n\nwrote benchmarks/RESULTS.md`);
}
