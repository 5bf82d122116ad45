// maskApi.c parity, function by function, against pycocotools' own outputs (coco-masks.json.gz):
// rleFrPoly on 400 polygons (outside the image, repeated and half-pixel vertices), multi-ring
// merges with area and toBbox, and the RLE IoU matrix with crowd GTs.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  boxIou,
  rleArea,
  rleDecode,
  rleEncode,
  rleFrPoly,
  rleFrString,
  rleFromObject,
  rleIou,
  rleMerge,
  rleToBbox,
  rleToString,
  type RleObject,
} from '../../src/coco/index.js';

interface MaskCases {
  polys: { poly: number[]; h: number; w: number; counts: string }[];
  merges: { rings: number[][]; h: number; w: number; counts: string; area: number; bbox: number[] }[];
  iou: { dts: RleObject[]; gts: RleObject[]; iscrowd: number[]; ious: number[][]; areas: number[]; bboxes: number[][] };
}

const cases = JSON.parse(
  gunzipSync(readFileSync(new URL('../reference/coco-masks.json.gz', import.meta.url))).toString(),
) as MaskCases;

describe('RLE functions match pycocotools', () => {
  test('rleFrPoly gives the same compressed string for 400 polygons', () => {
    expect(cases.polys.length).toBe(400);
    const wrong = cases.polys.filter((c) => rleToString(rleFrPoly(c.poly, c.h, c.w)) !== c.counts);
    expect(wrong.map((c) => JSON.stringify(c.poly)).slice(0, 3)).toEqual([]);
  });

  test('merged multi-ring polygons: string, area and toBbox', () => {
    for (const c of cases.merges) {
      const rle = rleMerge(c.rings.map((r) => rleFrPoly(r, c.h, c.w)));
      expect(rleToString(rle)).toBe(c.counts);
      expect(rleArea(rle)).toBe(c.area);
      expect(rleToBbox(rle)).toEqual(c.bbox);
    }
  });

  test('RLE IoU matrix with crowd GTs, areas and boxes of compressed RLEs', () => {
    const { dts, gts, iscrowd, ious, areas, bboxes } = cases.iou;
    const d = dts.map(rleFromObject);
    const g = gts.map(rleFromObject);
    expect(d.map(rleArea)).toEqual(areas);
    expect(d.map(rleToBbox)).toEqual(bboxes);
    const got = d.map((dr) =>
      g.map((gr, j) => {
        const b = boxIou(rleToBbox(dr), 0, rleToBbox(gr), 0, iscrowd[j] === 1);
        return rleIou(dr, gr, iscrowd[j] === 1, b, rleArea(dr));
      }),
    );
    expect(got).toEqual(ious);
    expect(ious.flat().some((v) => v > 0 && v < 1)).toBe(true);
  });

  test('compressed strings round-trip and decode/encode are inverse', () => {
    for (const obj of cases.iou.dts) {
      const rle = rleFrString(obj.counts as string, obj.size[0], obj.size[1]);
      expect(rleToString(rle)).toBe(obj.counts);
      const mask = rleDecode(rle)!;
      expect(mask.reduce((s, v) => s + v, 0)).toBe(rleArea(rle));
      expect(rleToString(rleEncode(mask, rle.h, rle.w))).toBe(obj.counts);
    }
  });

  test('box IoU: 50/150 plain, 50/100 against a crowd box, 0 when only touching', () => {
    expect(boxIou([0, 0, 10, 10], 0, [5, 0, 10, 10], 0, false)).toBe(50 / 150);
    expect(boxIou([0, 0, 10, 10], 0, [5, 0, 10, 10], 0, true)).toBe(0.5);
    expect(boxIou([0, 0, 10, 10], 0, [10, 0, 10, 10], 0, false)).toBe(0);
  });
});
