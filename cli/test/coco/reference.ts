// Loads the pycocotools reference cases written by cli/scripts/make-coco-reference.py.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const referenceDir = fileURLToPath(new URL('../reference/coco/', import.meta.url));

export interface Expected {
  iouType: 'bbox' | 'segm' | 'keypoints';
  params: { maxDets: number[]; areaRng: [number, number][]; areaRngLbl: string[]; useCats: number };
  counts: [number, number, number, number, number];
  precision: number[];
  recall: number[];
  scores: number[];
  stats: number[];
  summary: string[];
  /** [imageId, tp, fp, fn, nonIgnoredGt] at IoU 0.5, area all. */
  perImage: [number, number, number, number, number][];
}

export interface ReferenceCase {
  name: string;
  gtPath: string;
  dtPath: string;
  gt: unknown;
  dt: unknown;
  expected: Expected;
}

export function referenceCases(): ReferenceCase[] {
  return readdirSync(referenceDir)
    .sort()
    .map((name) => {
      const dir = `${referenceDir}${name}/`;
      return {
        name,
        gtPath: `${dir}gt.json`,
        dtPath: `${dir}dt.json`,
        gt: JSON.parse(readFileSync(`${dir}gt.json`, 'utf8')),
        dt: JSON.parse(readFileSync(`${dir}dt.json`, 'utf8')),
        expected: JSON.parse(gunzipSync(readFileSync(`${dir}expected.json.gz`)).toString('utf8')) as Expected,
      };
    });
}

/** Indices where two arrays differ (exactly), up to `limit`, for readable failures. */
export function differences(actual: ArrayLike<number>, expected: ArrayLike<number>, limit = 5): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) return [`length ${actual.length} ≠ ${expected.length}`];
  for (let i = 0; i < actual.length && out.length < limit; i++) {
    if (!Object.is(actual[i], expected[i]) && actual[i] !== expected[i])
      out.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  }
  return out;
}
