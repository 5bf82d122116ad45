// Derived figures: per-category AP/AR read from pycocotools' own arrays, per-image AP@0.5 on a
// hand-worked image, numpy's pairwise summation, and Python's '{:0.3f}' rounding.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { evaluate, formatFixed3, linspace, pairwiseSum, prCurve, worstImages } from '../../src/coco/index.js';
import { referenceCases } from './reference.js';

const masks = JSON.parse(
  gunzipSync(readFileSync(new URL('../reference/coco-masks.json.gz', import.meta.url))).toString(),
) as {
  sums: { values: number[]; sum: number; mean: number }[];
};

/** Plain mean of the entries > −1 of precision[t, :, k, a, m] over the given t's (the oracle's arrays). */
function oracleMean(
  arr: number[],
  [T, R, K, A, M]: number[],
  k: number,
  a: number,
  m: number,
  ts: number[],
  recall = false,
): number {
  const values: number[] = [];
  for (const t of ts) {
    for (let r = 0; r < (recall ? 1 : R!); r++) {
      const v = recall ? arr[((t * K! + k) * A! + a) * M! + m]! : arr[(((t * R! + r) * K! + k) * A! + a) * M! + m]!;
      if (v > -1) values.push(v);
    }
  }
  void T;
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : -1;
}

describe('per-category metrics', () => {
  for (const name of ['bbox-basic', 'segm-rle', 'bbox-maxdets']) {
    test(`${name}: ap, ap50, ap75, apSmall, ar of each class equal the means of pycocotools' arrays`, () => {
      const c = referenceCases().find((x) => x.name === name)!;
      const e = c.expected;
      const ev = evaluate(c.gt, c.dt, { iouType: e.iouType, maxDets: e.params.maxDets });
      const M = e.counts[4];
      const all = [...Array(10).keys()];
      ev.perCategory.forEach((cat, k) => {
        expect(cat.ap).toBeCloseTo(oracleMean(e.precision, e.counts, k, 0, M - 1, all), 14);
        expect(cat.ap50).toBeCloseTo(oracleMean(e.precision, e.counts, k, 0, M - 1, [0]), 14);
        expect(cat.ap75).toBeCloseTo(oracleMean(e.precision, e.counts, k, 0, M - 1, [5]), 14);
        expect(cat.apSmall).toBeCloseTo(oracleMean(e.precision, e.counts, k, 1, M - 1, all), 14);
        expect(cat[`ar${e.params.maxDets[0]}`]).toBeCloseTo(oracleMean(e.recall, e.counts, k, 0, 0, all, true), 14);
        expect(cat[`ar${e.params.maxDets[M - 1]}`]).toBeCloseTo(
          oracleMean(e.recall, e.counts, k, 0, M - 1, all, true),
          14,
        );
      });
      // Classes without GT are −1, classes with GT and no detection 0.
      expect(ev.perCategory.some((k) => k.gt === 0 && k.ap === -1) || ev.perCategory.every((k) => k.gt > 0)).toBe(true);
    });
  }
});

describe('precision-recall curves', () => {
  test("prCurve reads pycocotools' precision[t, :, k, all, last] for a category id", () => {
    const c = referenceCases().find((x) => x.name === 'bbox-basic')!;
    const e = c.expected;
    const ev = evaluate(c.gt, c.dt);
    const [, R, K, A, M] = e.counts;
    const k = 2;
    for (const [t, thr] of [
      [0, 0.5],
      [5, 0.75],
    ] as const) {
      const curve = prCurve(ev, ev.catIds[k]!, thr);
      expect(curve.recall).toHaveLength(101);
      expect(curve.precision).toEqual(
        Array.from({ length: R }, (_, r) => e.precision[(((t * R + r) * K + k) * A + 0) * M + M - 1]),
      );
    }
    expect(prCurve(ev, ev.catIds[k]!).precision.some((v) => v > 0)).toBe(true);
    expect(() => prCurve(ev, 4242)).toThrow(/category 4242/);
  });
});

describe('per-image metrics', () => {
  const gt = {
    images: [{ id: 1 }, { id: 2 }, { id: 3 }],
    categories: [{ id: 1, name: 'a' }],
    annotations: [
      { id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], area: 100, iscrowd: 0 },
      { id: 2, image_id: 1, category_id: 1, bbox: [50, 50, 10, 10], area: 100, iscrowd: 0 },
      { id: 3, image_id: 2, category_id: 1, bbox: [0, 0, 10, 10], area: 100, iscrowd: 0 },
    ],
  };
  const dt = [
    { image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], score: 0.9 },
    { image_id: 1, category_id: 1, bbox: [20, 20, 10, 10], score: 0.8 },
    { image_id: 1, category_id: 1, bbox: [50, 50, 10, 9], score: 0.7 },
    { image_id: 3, category_id: 1, bbox: [0, 0, 10, 10], score: 0.6 },
  ];

  test('TP, FP, FN, recall, precision and the 101-point AP at IoU 0.5 of each image', () => {
    const ev = evaluate(gt, dt);
    const [one, two, three] = ev.perImage!;
    // Image 1: TP (0.9), FP (0.8), TP (0.7, IoU 0.9): precision 1, 1/2, 2/3 → monotone 1, 2/3, 2/3;
    // recall reaches 0.5 at the first, 1 at the third: 51 thresholds at 1 and 50 at 2/3.
    expect(one).toMatchObject({ id: 1, gt: 2, tp: 2, fp: 1, fn: 0, recall50: 1, precision50: 2 / 3 });
    expect(one!.ap50).toBeCloseTo((51 + (50 * 2) / 3) / 101, 15);
    expect(two).toMatchObject({ id: 2, gt: 1, tp: 0, fp: 0, fn: 1, recall50: 0, precision50: null, ap50: 0 });
    expect(three).toMatchObject({ id: 3, gt: 0, tp: 0, fp: 1, fn: 0, recall50: null, precision50: 0, ap50: null });
    expect(worstImages(ev.perImage!, 3).map((m) => m.id)).toEqual([2, 1, 3]);
  });

  test('outcomes: each result and each GT annotation, indexed like the input files', () => {
    const o = evaluate(gt, dt).outcomes!;
    expect([...o.detection]).toEqual([1, 0, 1, 0]);
    expect([...o.matchedGt]).toEqual([1, 0, 2, 0]);
    expect([...o.groundTruth]).toEqual([1, 1, 0]);
    expect([...o.box]).toEqual((dt as { bbox: number[] }[]).flatMap((r) => r.bbox));
  });

  test("outcomes add up to pycocotools' TP/FP/FN per image (bbox-basic, with crowd and >100 detections)", () => {
    const c = referenceCases().find((x) => x.name === 'bbox-basic')!;
    const o = evaluate(c.gt, c.dt).outcomes!;
    const dts = c.dt as { image_id: number }[];
    const anns = (c.gt as { annotations: { image_id: number }[] }).annotations;
    const count = (list: { image_id: number }[], codes: Uint8Array, code: number, img: number) =>
      list.filter((x, i) => x.image_id === img && codes[i] === code).length;
    for (const [img, tp, fp, fn] of c.expected.perImage) {
      expect([
        count(dts, o.detection, 1, img),
        count(dts, o.detection, 0, img),
        count(anns, o.groundTruth, 0, img),
      ]).toEqual([tp, fp, fn]);
    }
    expect(o.groundTruth.includes(2)).toBe(true); // crowd
    // Results on an unknown image or category are not evaluated.
    const u = referenceCases().find((x) => x.name === 'bbox-unknown-ids')!;
    const uo = evaluate(u.gt, u.dt).outcomes!;
    expect([...uo.detection.slice(-2)]).toEqual([3, 3]);
    expect(uo.detection.slice(0, -2).includes(3)).toBe(false);
  });
});

describe('numeric helpers', () => {
  test("pairwiseSum and its mean equal numpy's np.sum / np.mean bit for bit (n = 1 … 80,800)", () => {
    for (const c of masks.sums) {
      expect(pairwiseSum(c.values)).toBe(c.sum);
      expect(pairwiseSum(c.values) / c.values.length).toBe(c.mean);
    }
    // A naive left-to-right sum differs from numpy on at least one of them.
    expect(masks.sums.some((c) => c.values.reduce((s, v) => s + v, 0) !== c.sum)).toBe(true);
  });

  test('linspace reproduces np.linspace, including 0.8999999999999999', () => {
    expect(linspace(0.5, 0.95, 10)).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.8999999999999999, 0.95]);
    expect(linspace(0, 1, 101)[7]).toBe(0.07);
  });

  test("formatFixed3 rounds exact ties to even as Python's format does", () => {
    expect(formatFixed3(0.0625)).toBe('0.062');
    expect(formatFixed3(0.1875)).toBe('0.188');
    expect((0.0625).toFixed(3)).toBe('0.063');
    expect(formatFixed3(-1)).toBe('-1.000');
    expect(formatFixed3(0.3785)).toBe('0.379'); // not a tie: 0.3785 is stored above it
  });
});
