// Random-case check of `fastclahe-cli/coco` against pycocotools, beyond the committed cases:
// make-coco-reference.py --fuzz writes N random bbox/segm/keypoints cases with pycocotools'
// arrays, and every precision/recall/scores entry, stat and summary line must be identical.
// Run:  npm run build && COCO_PYTHON=/path/to/venv/bin/python node cli/scripts/coco-fuzz.mjs [N] [seed]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { evaluate } from 'fastclahe-cli/coco';

const python = process.env.COCO_PYTHON;
if (!python) {
  console.error('set COCO_PYTHON to a Python with pycocotools 2.0.11 and numpy');
  process.exit(2);
}
const [n = '60', seed = '1000'] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'fastclahe-coco-fuzz-'));
const script = fileURLToPath(new URL('make-coco-reference.py', import.meta.url));
const gen = spawnSync(python, [script, '--fuzz', n, '--seed', seed, '--out', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (gen.status !== 0) process.exit(1);

const differing = (a, b) => {
  let d = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!Object.is(a[i], b[i])) d++;
  return d;
};
let failed = 0;
const names = readdirSync(out).sort();
for (const name of names) {
  const read = (file) => JSON.parse(readFileSync(join(out, name, file), 'utf8'));
  const e = JSON.parse(gunzipSync(readFileSync(join(out, name, 'expected.json.gz'))).toString());
  const ev = evaluate(read('gt.json'), read('dt.json'), {
    iouType: e.iouType,
    maxDets: e.params.maxDets,
    useCats: e.params.useCats === 1,
  });
  const diffs = {
    precision: differing(ev.precision, e.precision),
    recall: differing(ev.recall, e.recall),
    scores: differing(ev.scores, e.scores),
    stats: differing(ev.stats, e.stats),
    summary: differing(
      ev.summary.map((l) => l.text),
      e.summary,
    ),
  };
  if (Object.values(diffs).some(Boolean)) {
    failed++;
    console.log(name, diffs);
  }
}
console.log(
  `${names.length} random cases (seed ${seed}) in ${out}: ${failed === 0 ? 'all identical to pycocotools' : `${failed} differ`}`,
);
process.exitCode = failed ? 1 : 0;
