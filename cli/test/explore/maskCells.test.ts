// RLE masks on the page: the rectangles cover every mask pixel and only cells that hold one, the
// compressed and uncompressed forms give the same picture, and anything that is not a usable
// RLE gives no rectangles (the box is still drawn) instead of an error or a hang.
import { describe, expect, test } from 'vitest';
import { rleEncode, rleToString } from '../../src/coco/mask.js';
import { rleRectangles } from '../../src/explore/maskCells.js';

/** A column-major mask (index x·h + y) from a predicate. */
function mask(h: number, w: number, inside: (x: number, y: number) => boolean): Uint8Array {
  const m = new Uint8Array(h * w);
  for (let x = 0; x < w; x++) for (let y = 0; y < h; y++) m[x * h + y] = inside(x, y) ? 1 : 0;
  return m;
}

function covered(rings: number[][], x: number, y: number): boolean {
  return rings.some(([x0, y0, x1, , , y1]) => x >= x0! && x < x1! && y >= y0! && y < y1!);
}

describe('rleRectangles', () => {
  const shapes: [string, number, number, (x: number, y: number) => boolean][] = [
    ['disc', 120, 200, (x, y) => (x - 90) ** 2 + (y - 60) ** 2 < 45 ** 2],
    [
      'ring with a hole',
      300,
      260,
      (x, y) => {
        const d = (x - 130) ** 2 + (y - 150) ** 2;
        return d < 110 ** 2 && d > 60 ** 2;
      },
    ],
    ['one pixel', 50, 70, (x, y) => x === 69 && y === 0],
    ['empty', 40, 40, () => false],
    ['full', 33, 17, () => true],
  ];
  test.each(shapes)('%s: every mask pixel is covered, every rectangle cell holds a mask pixel', (_, h, w, inside) => {
    const m = mask(h, w, inside);
    const rle = rleEncode(m, h, w);
    const rings = rleRectangles({ size: [h, w], counts: [...rle.cnts] });
    for (let x = 0; x < w; x++) for (let y = 0; y < h; y++) if (m[x * h + y]) expect(covered(rings, x, y)).toBe(true);
    const cell = Math.max(1, Math.ceil(Math.max(h, w) / 64));
    for (const [x0, y0, x1, , , y1] of rings) {
      expect(x1! <= w && y1! <= h).toBe(true);
      for (let cx = x0!; cx < x1!; cx += cell) {
        let any = false;
        for (let x = cx; x < Math.min(cx + cell, x1!) && !any; x++)
          for (let y = y0!; y < y1! && !any; y++) any = m[x * h + y] === 1;
        expect(any).toBe(true);
      }
    }
    expect(rleRectangles({ size: [h, w], counts: rleToString(rle) })).toEqual(rings);
    if (!m.includes(1)) expect(rings).toEqual([]);
  });

  test('a 64-cell grid along the longer side keeps big masks to a few rectangles per row', () => {
    const h = 480,
      w = 640;
    const rings = rleRectangles({
      size: [h, w],
      counts: [
        ...rleEncode(
          mask(h, w, (x, y) => (x - 320) ** 2 + (y - 240) ** 2 < 200 ** 2),
          h,
          w,
        ).cnts,
      ],
    });
    expect(rings.length).toBeLessThanOrEqual(48);
    expect(
      rings.every(
        ([x0, y0, x1, , , y1]) => x0! % 10 === 0 && y0! % 10 === 0 && (x1! - x0!) % 10 === 0 && y1! - y0! === 10,
      ),
    ).toBe(true);
  });

  test.each([
    ['a polygon list', [[0, 0, 1, 0, 1, 1]]],
    ['null', null],
    ['no size', { counts: [1, 2] }],
    ['a zero size', { size: [0, 5], counts: [] }],
    ['fractional counts', { size: [2, 2], counts: [1.5, 2] }],
    ['counts past the mask', { size: [2, 2], counts: [1, 9] }],
    ['a size of 10^12 pixels', { size: [1e6, 1e6], counts: [0, 1e12] }],
  ])('%s gives no rectangles', (_, segmentation) => {
    expect(rleRectangles(segmentation)).toEqual([]);
  });
});
