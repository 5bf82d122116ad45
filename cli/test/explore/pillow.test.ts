// explore's per-image properties equal cleanvision's and imagehash's, computed with Pillow, numpy
// and scipy by cli/scripts/explore-reference.py on the committed fixtures (regenerate with
// cli/scripts/make-explore-fixtures.mjs and that script; the test itself needs no Python).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../helpers/run.js';

const fixtures = fileURLToPath(new URL('fixtures/pillow/', import.meta.url));
const reference = JSON.parse(
  readFileSync(new URL('fixtures/pillow-reference.json', import.meta.url), 'utf8'),
) as Record<string, Reference>;

interface Reference {
  mode: string;
  width: number;
  height: number;
  percentiles: Record<string, number>;
  entropy: number;
  blurriness: number;
  grayscaleStd: number;
  phash: string;
}

let tmp: string;
let images: Record<string, any>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-pillow-'));
  const result = await runCli(['explore', fixtures, '--out', tmp, '--quiet']);
  expect(result.code).toBe(0);
  const report = JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8'));
  images = Object.fromEntries(report.images.map((r: { path: string }) => [r.path, r]));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the fixtures cover gray, RGB, RGBA, a JPEG, shrinking and a flat image', () => {
  expect(Object.keys(reference)).toHaveLength(8);
  expect(new Set(Object.values(reference).map((r) => r.mode))).toEqual(new Set(['L', 'RGB', 'RGBA']));
});

test.each(Object.keys(reference))(
  '%s: the same brightness percentiles, blur, histogram std and pHash; entropy to 1e-14',
  (path) => {
    const theirs = reference[path]!;
    const ours = images[path];
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(ours.brightness.percentiles).toEqual(theirs.percentiles);
    expect(ours.blurriness).toBe(theirs.blurriness);
    expect(ours.grayscaleStd).toBe(theirs.grayscaleStd);
    expect(ours.phash).toBe(theirs.phash);
    expect(Math.abs(ours.entropy - theirs.entropy)).toBeLessThan(1e-14);
  },
);
