// COCO evaluation benchmark: fastclahe's `coco eval` against pycocotools 2.0.11 on the same files
// in the same run, on a generated val2017-sized set (benchmarks/coco-synthetic.mjs: 5,000 images,
// 80 classes, ~41,000 GT boxes, 500,000 detections).
//
// Each side is timed as a whole process, wall clock, JSON loading included: ours is
// `node cli/bin/fastclahe.js coco eval --gt … --dt … --json …` (run --runs times; median, min,
// max); pycocotools is benchmarks/coco_eval_peer.py (once by default: it takes minutes), which
// also reports its own load/evaluate/accumulate split. Before reporting, the 12 stats and the full
// precision/recall/scores arrays of both must be identical, bit for bit.
//
// Run:  npm run build && COCO_PYTHON=/path/to/venv/bin/python node benchmarks/coco-eval.mjs [--runs 5] [--python-runs 1] [--images 5000]
// pycocotools runs in $COCO_PYTHON, else $FASTCLAHE_PYTHON, else python3 on PATH; without it
// the pycocotools side is skipped (and the output says so).
// Writes its section of benchmarks/RESULTS.md.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { findPython } from './lib/python.mjs';
import { writeSection } from './results.mjs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCoco } from './coco-synthetic.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const PY_RUNS = arg('python-runs', 1);
const IMAGES = arg('images', 5000);
const PYTHON = findPython({
  variables: ['COCO_PYTHON', 'FASTCLAHE_PYTHON'],
  modules: ['pycocotools', 'numpy'],
  install: 'pycocotools 2.0.11 in a venv (python3 -m venv V && V/bin/pip install pycocotools==2.0.11)',
});

function run(command, args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ seconds, stdout, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sameBits(a, b) {
  if (a.length !== b.length) return `length ${a.length} ≠ ${b.length}`;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) diff++;
  return diff === 0 ? 'identical' : `${diff} of ${a.length} differ`;
}

async function main() {
  const loadBefore = loadavg()[0];
  const dir = join(tmpdir(), `fastclahe-coco-bench-${IMAGES}`);
  mkdirSync(dir, { recursive: true });
  const gtPath = join(dir, 'gt.json');
  const dtPath = join(dir, 'dt.json');
  const { gt, dt } = syntheticCoco({ images: IMAGES });
  writeFileSync(gtPath, JSON.stringify(gt));
  writeFileSync(dtPath, JSON.stringify(dt));
  const size = `${gt.images.length} images, ${gt.categories.length} categories, ${gt.annotations.length} GT boxes, ${dt.length} detections (${(readFileSync(dtPath).length / 1e6).toFixed(1)} MB of results)`;
  console.log(`set: ${size} in ${dir}`);

  const cli = join(root, 'cli/bin/fastclahe.js');
  const ours = [];
  let ourJson;
  for (let r = 0; r < RUNS; r++) {
    const out = join(dir, `ours-${r}.json`);
    const args = [
      cli,
      'coco',
      'eval',
      '--gt',
      gtPath,
      '--dt',
      dtPath,
      '--per-image',
      '0',
      '--json',
      out,
      ...(r === 0 ? ['--arrays'] : []),
    ];
    const { seconds } = await run(process.execPath, args);
    if (r === 0) ourJson = JSON.parse(readFileSync(out, 'utf8'));
    else ours.push(seconds); // run 0 also writes the arrays (~100 MB of JSON): checked, not timed
    console.log(
      `fastclahe run ${r + 1}/${RUNS}: ${seconds.toFixed(2)} s${r === 0 ? ' (with --arrays, not timed)' : ''}`,
    );
  }
  if (RUNS === 1) ours.push(Number.NaN);

  let py = null;
  if ('skipped' in PYTHON) console.log(`${PYTHON.skipped}: pycocotools skipped`);
  else {
    const times = [];
    let report;
    for (let r = 0; r < PY_RUNS; r++) {
      const { seconds, stdout } = await run(PYTHON.python, [
        join(root, 'benchmarks/coco_eval_peer.py'),
        gtPath,
        dtPath,
        'bbox',
        dir,
      ]);
      report = JSON.parse(stdout.trim().split('\n').at(-1));
      times.push(seconds);
      console.log(`pycocotools run ${r + 1}/${PY_RUNS}: ${seconds.toFixed(2)} s (${JSON.stringify(report.seconds)})`);
    }
    const read = (name) => new Float64Array(readFileSync(join(dir, `${name}.f64`)).buffer.slice(0));
    const checks = {
      stats: sameBits(ourJson.stats, report.stats),
      precision: sameBits(ourJson.precision, read('precision')),
      recall: sameBits(ourJson.recall, read('recall')),
      scores: sameBits(ourJson.scores, read('scores')),
    };
    console.log('equality with pycocotools:', checks);
    if (Object.values(checks).some((c) => c !== 'identical')) {
      process.exitCode = 1;
      console.error('results differ from pycocotools: no speed figure reported');
      return;
    }
    py = { times, report, checks };
  }

  const ourMedian = median(ours);
  const lines = [
    '# COCO evaluation benchmark',
    '',
    `Written by \`benchmarks/coco-eval.mjs\` on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${platform()} ${release()}.`,
    '',
    `Set: ${size}, generated by benchmarks/coco-synthetic.mjs (seed 2017). iouType bbox.`,
    '',
    `Wall time of each whole process, JSON loading included. fastclahe: ${ours.length} timed runs after one untimed run that also writes the arrays for the equality check. Load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)} on this shared machine.`,
    '',
    '| tool | runs | median s | min s | max s | × |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| fastclahe coco eval | ${ours.length} | ${ourMedian.toFixed(2)} | ${Math.min(...ours).toFixed(2)} | ${Math.max(...ours).toFixed(2)} | 1 |`,
  ];
  if (py) {
    const pm = median(py.times);
    const s = py.report.seconds;
    lines.push(
      `| pycocotools ${py.report.pycocotools} (numpy ${py.report.numpy}) | ${py.times.length} | ${pm.toFixed(2)} | ${Math.min(...py.times).toFixed(2)} | ${Math.max(...py.times).toFixed(2)} | ${(pm / ourMedian).toFixed(1)} |`,
      '',
      `pycocotools' own split (last run): import ${s.import.toFixed(1)} s, load ${s.load.toFixed(1)} s, evaluate ${s.evaluate.toFixed(1)} s, accumulate ${s.accumulate.toFixed(1)} s, summarize ${s.summarize.toFixed(2)} s.`,
      '',
      `Equality checked in the same run: stats ${py.checks.stats}; precision ${py.checks.precision}; recall ${py.checks.recall}; scores ${py.checks.scores} (bit for bit).`,
      '',
      `**fastclahe is ${(pm / ourMedian).toFixed(1)}× faster than pycocotools** (median against median; fastest/slowest run of ours: ${(pm / Math.min(...ours)).toFixed(1)}× / ${(pm / Math.max(...ours)).toFixed(1)}×).`,
    );
  } else if ('skipped' in PYTHON) lines.push('', `pycocotools was not run (${PYTHON.skipped}).`);
  lines.push(
    '',
    'Command:',
    '',
    '```',
    `npm run build && COCO_PYTHON=/path/to/venv/bin/python node benchmarks/coco-eval.mjs --runs ${RUNS} --python-runs ${PY_RUNS}`,
    '```',
    '',
  );
  writeSection('coco-eval', lines.join('\n').replace(/^# /, '## '));
  console.log(lines.join('\n'));
}

await main();
