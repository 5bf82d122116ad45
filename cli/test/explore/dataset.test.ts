// The dataset-level rules on hand-made records: cleanvision's odd-size, the aspect-ratio regimes,
// the resize target and its padding cost, tiling, duplicate grouping.
import { describe, expect, test } from 'vitest';
import type { ImageRecord } from '../../src/explore/analyseImage.js';
import { blurSize, pythonFloorDiv } from '../../src/explore/blurriness.js';
import { duplicateGroups, oddSize, readable, summarise } from '../../src/explore/dataset.js';

let next = 0;
const image = (width: number, height: number, extra: Partial<ImageRecord> = {}): ImageRecord => ({
  path: `img-${String(next).padStart(3, '0')}.jpg`,
  index: next++,
  width,
  height,
  issues: [],
  brightness: { mean: 0.5, std: 0.1, percentiles: {} },
  ...extra,
});
const sizes = (list: [number, number, number][]) =>
  list.flatMap(([count, w, h]) => Array.from({ length: count }, () => image(w, h)));

describe('odd-size (cleanvision SizeProperty)', () => {
  test('with a spread of sizes: bounds at 3 IQR beyond the quartiles, flagged below 0.5', () => {
    // Perfect squares keep √w·√h exact: s = 100, 400, 900, 1600, 250000.
    const images = readable([
      image(100, 100),
      image(400, 400),
      image(900, 900),
      image(1600, 1600),
      image(250_000, 250_000),
    ]);
    const odd = oddSize(images)!;
    // q1 = 400, q3 = 1600, IQR = 1200: bounds −3200 … 5200, mid 1000, gap 8400.
    expect([odd.q1, odd.q3, odd.lower, odd.upper, odd.threshold]).toEqual([400, 1600, -3200, 5200, 0.5]);
    expect([...odd.scores.values()]).toEqual([1 - 900 / 8400, 1 - 600 / 8400, 1 - 100 / 8400, 1 - 600 / 8400, 0]);
  });

  test('with one common size (IQR = 0): normalised by mid, any other size is below 1', () => {
    const odd = oddSize(
      readable([image(100, 100), image(100, 100), image(100, 100), image(100, 100), image(100, 121)]),
    )!;
    expect(odd.threshold).toBe(1);
    expect([...odd.scores.values()]).toEqual([1, 1, 1, 1, 1 - (110 - 100) / 100]);
  });
});

describe('regime, resize target and padding', () => {
  test('uniform: ≥ 90 % within 5 % of the median aspect ratio', () => {
    const s = summarise(
      readable(
        sizes([
          [19, 640, 480],
          [1, 480, 640],
        ]),
      ),
      undefined,
    );
    expect(s.regime!.name).toBe('uniform');
    expect(s.resize).toEqual({ target: 640, paddingCost: 0.25, downscaled: 0, upscaled: 0 });
  });

  test('mixed, like COCO: most aspect ratios in 0.7–1.5', () => {
    const s = summarise(
      readable(
        sizes([
          [6, 640, 480],
          [3, 480, 640],
          [1, 640, 200],
        ]),
      ),
      undefined,
    );
    expect(s.regime!.name).toBe('mixed');
    expect(s.aspectRatio.shareIn07to15).toBe(0.9);
    expect(s.resize!.paddingCost).toBeCloseTo((9 * 0.25 + (1 - 200 / 640)) / 10, 12);
  });

  test('extreme: many aspect ratios outside 0.7–1.5 call for aspect-ratio batches', () => {
    const s = summarise(
      readable(
        sizes([
          [5, 640, 480],
          [3, 1000, 200],
          [2, 200, 1000],
        ]),
      ),
      undefined,
    );
    expect(s.regime!.name).toBe('extreme');
    expect(s.regime!.advice).toContain('aspect ratio');
    expect(s.aspectRatio.counts).toEqual([2, 0, 0, 0, 0, 5, 0, 0, 3]);
  });

  test('images above 4K need tiling; the target is the median long side rounded to 32', () => {
    const s = summarise(
      readable(
        sizes([
          [2, 1000, 700],
          [1, 5000, 4000],
        ]),
      ),
      undefined,
    );
    expect(s.tiling.paths).toHaveLength(1);
    expect(s.resize!.target).toBe(992);
    expect(s.width).toEqual({ min: 1000, median: 1000, max: 5000 });
  });
});

test('duplicate groups: exact by pixel hash, near by pHash unless it repeats an exact group', () => {
  const a = image(10, 10, { exactHash: 'x', phash: 'p' });
  const b = image(10, 10, { exactHash: 'x', phash: 'p' });
  const c = image(10, 10, { exactHash: 'y', phash: 'q' });
  const d = image(10, 10, { exactHash: 'z', phash: 'q' });
  const broken = { path: 'broken.jpg', index: next++, issues: ['unreadable' as const], error: 'empty file (0 bytes)' };
  expect(duplicateGroups(readable([a, b, c, d, broken]))).toEqual([
    { type: 'exact', paths: [a.path, b.path] },
    { type: 'near', paths: [c.path, d.path] },
  ]);
});

test("the blur score's shrink uses Python's float floor division", () => {
  expect(pythonFloorDiv(7, 0.1)).toBe(69); // 7 // 0.1 == 69.0 in Python, though 7 / 0.1 == 70
  expect(blurSize(640, 480)).toEqual([64, 48]);
  expect(blurSize(1000, 3)).toEqual([64, 1]);
  expect(blurSize(50, 40)).toEqual([50, 40]);
});
