// 16-bit images: CLAHE against OpenCV.js's CV_16U CLAHE byte for byte; 10-, 12- and 14-bit
// depths and 16-bit equalizeHist against the straightforward reference implementations in
// helpers/reference.ts (checked against OpenCV.js first); histograms against plain counting.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { below, PHOTOS_16BIT, readPhoto16, seeded } from './helpers/images.js';
import { cvClahe, loadOpenCV, type OpenCV } from './helpers/opencv.js';
import { CLIP_LIMITS, randomSide } from './helpers/random.js';
import { referenceClahe, referenceEqualizeHist } from './helpers/reference.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

type Image16 = { data: Uint16Array; width: number; height: number };

/** Random 16-bit images whose values span from a few levels to the whole depth. */
function randomImage16(random: () => number, bitDepth: number, maxSide = 160): Image16 {
  const width = Math.min(randomSide(random), maxSide);
  const height = Math.min(randomSide(random), maxSide);
  const levels = 2 ** bitDepth;
  const distinct = [2, 5, 64, 4096, levels][below(random, 5)];
  const low = below(random, levels);
  const span = Math.max(1, Math.min(distinct, levels - low));
  const data = Uint16Array.from({ length: width * height }, () => low + below(random, span));
  return { data, width, height };
}

function randomParameters(random: () => number): { clipLimit: number; tileGridSize: [number, number] } {
  const grid = () => (random() < 0.1 ? 1 : 1 + below(random, 24));
  return { clipLimit: CLIP_LIMITS[below(random, CLIP_LIMITS.length)], tileGridSize: [grid(), grid()] };
}

describe('the reference implementation', () => {
  it('equals OpenCV.js CV_16U CLAHE at 65536 bins, and OpenCV.js 8-bit CLAHE at 256', () => {
    const random = seeded(0x16);
    for (let i = 0; i < 12; i++) {
      const image = randomImage16(random, 16, 60);
      const { clipLimit, tileGridSize } = randomParameters(random);
      const reference = referenceClahe(image.data, image.width, image.height, clipLimit, tileGridSize, 65536, 65535);
      expect(sameBytes(reference, cvClahe(cv, image, clipLimit, tileGridSize))).toBe('');
      const bytes = { ...image, data: Uint8Array.from(image.data, (value) => value >> 8) };
      const reference8 = referenceClahe(bytes.data, bytes.width, bytes.height, clipLimit, tileGridSize, 256, 255);
      expect(sameBytes(reference8, cvClahe(cv, bytes, clipLimit, tileGridSize))).toBe('');
    }
  });
});

describe.each(BACKENDS)('16-bit (%s)', (_name, build) => {
  it.each(PHOTOS_16BIT)('CLAHE matches OpenCV.js on %s', (photo) => {
    const image = readPhoto16(photo);
    for (const [clipLimit, tileGridSize] of [
      [2, [8, 8]],
      [40, [4, 4]],
      [0, [8, 8]],
      [3.7, [7, 11]],
      [1, [16, 16]],
    ] as const) {
      const result = build.clahe(image, { clipLimit, tileGridSize: [...tileGridSize] });
      expect(result.data).toBeInstanceOf(Uint16Array);
      expect(
        sameBytes(result.data, cvClahe(cv, image, clipLimit, [...tileGridSize])),
        `${clipLimit} ${tileGridSize}`,
      ).toBe('');
    }
  });

  it('CLAHE matches OpenCV.js on 80 seeded random images, few levels to full depth', () => {
    const random = seeded(0x1616);
    const failures: string[] = [];
    for (let i = 0; i < 80; i++) {
      const image = randomImage16(random, 16);
      const { clipLimit, tileGridSize } = randomParameters(random);
      const problem = sameBytes(
        build.clahe(image, { clipLimit, tileGridSize }).data,
        cvClahe(cv, image, clipLimit, tileGridSize),
      );
      if (problem) failures.push(`${image.width}×${image.height} clip ${clipLimit} grid ${tileGridSize}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([10, 12, 14] as const)("CLAHE at bitDepth %i equals OpenCV's algorithm with 2^bitDepth bins", (bitDepth) => {
    const random = seeded(bitDepth);
    const failures: string[] = [];
    for (let i = 0; i < 40; i++) {
      const image = randomImage16(random, bitDepth, 90);
      const { clipLimit, tileGridSize } = randomParameters(random);
      const expected = referenceClahe(
        image.data,
        image.width,
        image.height,
        clipLimit,
        tileGridSize,
        2 ** bitDepth,
        65535,
      );
      const problem = sameBytes(build.clahe(image, { clipLimit, tileGridSize, bitDepth }).data, expected);
      if (problem) failures.push(`${image.width}×${image.height} clip ${clipLimit} grid ${tileGridSize}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('CLAHE at bitDepth 12 on the CT photograph (12-bit data) equals the reference', () => {
    const image = readPhoto16('ct-16bit.png');
    const expected = referenceClahe(image.data, image.width, image.height, 2, [8, 8], 4096, 65535);
    const result = build.clahe(image, { bitDepth: 12 }).data;
    expect(sameBytes(result, expected)).toBe('');
    expect(Math.max(...result)).toBeLessThan(4096);
  });

  it("equalizeHist is OpenCV's algorithm with 2^bitDepth bins", () => {
    const random = seeded(0xe16);
    for (const bitDepth of [10, 12, 14, 16] as const) {
      for (let i = 0; i < 10; i++) {
        const image = randomImage16(random, bitDepth);
        const expected = referenceEqualizeHist(image.data, 2 ** bitDepth, 65535);
        expect(sameBytes(build.equalizeHist(image, { bitDepth }).data, expected), `bitDepth ${bitDepth}`).toBe('');
      }
    }
    const ct = readPhoto16('ct-16bit.png');
    expect(sameBytes(build.equalizeHist(ct).data, referenceEqualizeHist(ct.data, 65536, 65535))).toBe('');
    const constant = { data: new Uint16Array(30).fill(1234), width: 5, height: 6 };
    expect(sameBytes(build.equalizeHist(constant).data, constant.data)).toBe('');
  });

  it('histogram has 2^bitDepth bins, honours masks, and folds into uniform bins', () => {
    const image = readPhoto16('mr-16bit.png');
    const counts = new Uint32Array(4096);
    const masked = new Uint32Array(4096);
    const mask = Uint8Array.from(image.data, (_, i) => i % 3);
    image.data.forEach((value, i) => {
      counts[value]++;
      if (mask[i]) masked[value]++;
    });
    expect(build.histogram(image, { bitDepth: 12 })).toEqual(counts);
    expect(build.histogram(image, { bitDepth: 12, mask })).toEqual(masked);
    expect(build.histogram(image)).toHaveLength(65536);
    const folded = new Uint32Array(100);
    counts.forEach((count, level) => (folded[Math.floor((level * 100) / 4096)] += count));
    expect(build.histogram(image, { bitDepth: 12, bins: 100 })).toEqual(folded);
  });

  it('bins 8-bit histograms uniformly too', () => {
    const image = { data: Uint8Array.from({ length: 999 }, (_, i) => (i * 37) % 256), width: 27, height: 37 };
    const expected = new Uint32Array(16);
    image.data.forEach((value) => expected[value >> 4]++);
    expect(build.histogram(image, { bins: 16 })).toEqual(expected);
  });

  it('keeps 16-bit results in Uint16Arrays, writes into a 16-bit output, leaves the input alone', () => {
    const image = readPhoto16('ct-16bit.png');
    const copy = image.data.slice();
    const output = { data: new Uint16Array(image.data.length), width: image.width, height: image.height };
    expect(build.clahe(image, { bitDepth: 12, output })).toBe(output);
    expect(sameBytes(output.data, build.clahe(image, { bitDepth: 12 }).data)).toBe('');
    expect(sameBytes(image.data, copy)).toBe('');
  });
});
