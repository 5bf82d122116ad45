// Measures how closely `fastclahe explore` agrees with cleanvision's per-image properties and
// imagehash's pHash on a folder of real images: runs explore-reference.py (Pillow, numpy, scipy)
// and the built CLI on the same folder and prints, per property, how many images agree exactly,
// the largest difference, and how many flags differ.
//
// Usage: node cli/scripts/explore-agreement.mjs <folder> [python]   (python: one with pillow, numpy, scipy)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [folder, python = 'python3'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node cli/scripts/explore-agreement.mjs <folder> [python]');
  process.exit(2);
}
const here = fileURLToPath(new URL('.', import.meta.url));
const reference = JSON.parse(
  execFileSync(python, [join(here, 'explore-reference.py'), folder], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 28,
  }),
);
const out = mkdtempSync(join(tmpdir(), 'explore-agreement-'));
execFileSync(process.execPath, [join(here, '..', 'bin', 'fastclahe.js'), 'explore', folder, '--out', out, '--quiet']);
const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

// Pillow modes whose pixels cleanvision reads differently on purpose (palette indices, 16-bit
// values above 1, CMYK ink): compared separately.
const SAME_PIXELS = new Set(['L', 'RGB', 'RGBA']);
/** @type {{ compared: number, byDesign: string[], theirError: string[], ourError: string[] }} */
const rows = { compared: 0, byDesign: [], theirError: [], ourError: [] };
const stats = {};
const flags = { dark: 0, light: 0, 'low-information': 0, blurry: 0, 'odd-aspect-ratio': 0 };
const note = (name, ours, theirs) => {
  const s = (stats[name] ??= { equal: 0, total: 0, maxDiff: 0 });
  s.total++;
  if (ours === theirs) s.equal++;
  else if (typeof ours === 'number') s.maxDiff = Math.max(s.maxDiff, Math.abs(ours - theirs));
};
const theirFlags = (r) => {
  const blur = 1 - Math.exp(-0.01 * r.blurriness);
  const std = 1 - Math.exp(-0.01 * r.grayscaleStd);
  return {
    dark: r.percentiles['99'] < 0.32,
    light: 1 - r.percentiles['5'] < 0.05,
    'low-information': Math.min(1, 0.1 * r.entropy) < 0.3,
    blurry: Math.min(1, blur + (std > 0.18 ? std : 0)) < 0.29,
    'odd-aspect-ratio': r.aspect < 0.35,
  };
};
for (const image of report.images) {
  const theirs = reference[image.path];
  if (!theirs) continue;
  if (image.error) {
    rows.ourError.push(`${image.path}: ${image.error}${theirs.error ? '' : ' (Pillow reads it)'}`);
    continue;
  }
  if (theirs.error) {
    rows.theirError.push(`${image.path}: ${theirs.error}`);
    continue;
  }
  if (!SAME_PIXELS.has(theirs.mode) || image.bitDepth === 16 || image.space === 'cmyk') {
    rows.byDesign.push(
      `${image.path} (Pillow mode ${theirs.mode}, ours ${image.channels} channels ${image.bitDepth}-bit)`,
    );
    continue;
  }
  rows.compared++;
  for (const p of Object.keys(theirs.percentiles))
    note(`brightness p${p}`, image.brightness.percentiles[p], theirs.percentiles[p]);
  note('entropy', image.entropy, theirs.entropy);
  note('blurriness', image.blurriness, theirs.blurriness);
  note('grayscaleStd', image.grayscaleStd, theirs.grayscaleStd);
  note('phash', image.phash, theirs.phash);
  const mine = new Set(image.issues);
  for (const [issue, flagged] of Object.entries(theirFlags(theirs))) if (flagged !== mine.has(issue)) flags[issue]++;
}
console.log(
  `Folder: ${folder}; ${report.images.length} image files; ${rows.compared} compared property by property.\n`,
);
console.log('| property | identical | largest difference |');
console.log('|---|---|---|');
for (const [name, s] of Object.entries(stats))
  console.log(
    `| ${name} | ${s.equal}/${s.total} | ${name === 'phash' ? `${s.total - s.equal} hashes differ` : s.maxDiff.toExponential(2)} |`,
  );
console.log("\n| flag | images where ours and cleanvision's differ |");
console.log('|---|---|');
for (const [issue, n] of Object.entries(flags)) console.log(`| ${issue} | ${n} |`);
/** @type {Array<[string, string[]]>} */
const lists = [
  ['Pixels read differently on purpose', rows.byDesign],
  ['cleanvision raises on', rows.theirError],
  ['Unreadable for explore', rows.ourError],
];
for (const [title, list] of lists) {
  if (list.length) console.log(`\n${title}:\n${list.map((l) => `- ${l}`).join('\n')}`);
}
