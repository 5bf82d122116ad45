// 16-bit colour. OpenCV's cvtColor takes CV_16U pixels only to and from YCrCb, so that is how
// 16-bit colour is equalized. Conversions and CLAHE against OpenCV.js byte for byte;
// equalizeHist and the 10-, 12- and 14-bit depths against OpenCV.js's own conversions around
// the reference implementations of helpers/reference.ts, as the gray 16-bit tests do.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageLike } from 'fastclahe';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { splitAlpha, swapRedBlue, withAlpha } from './helpers/colour.js';
import { below, COLOUR_PHOTOS, readWidenedPhoto, seeded } from './helpers/images.js';
import { cvClaheColour, cvConvert, loadOpenCV, type OpenCV } from './helpers/opencv.js';
import { CLIP_LIMITS, randomSide } from './helpers/random.js';
import { referenceClahe, referenceEqualizeHist } from './helpers/reference.js';

type Image16 = ImageLike<Uint16Array>;
type Grid = [number, number];

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

/** A random RGB image of random size (up to `maxSide`) from randomPixels16. */
function randomColour16(random: () => number, bitDepth: number, maxSide = 100): Image16 {
  return randomPixels16(random, bitDepth, Math.min(randomSide(random), maxSide), Math.min(randomSide(random), maxSide));
}

/** Random RGB whose channels span a few levels to the whole depth; extremes 0 and 2^bitDepth − 1 appear often. */
function randomPixels16(random: () => number, bitDepth: number, width: number, height: number): Image16 {
  const top = 2 ** bitDepth - 1;
  const ranges = [0, 1, 2].map(() => {
    const span = [3, 64, 4096, top + 1][below(random, 4)];
    return [below(random, top + 2 - Math.min(span, top + 1)), span];
  });
  const data = Uint16Array.from({ length: width * height * 3 }, (_, i) => {
    const pick = random();
    if (pick < 0.05) return 0;
    if (pick < 0.1) return top;
    const [low, span] = ranges[i % 3];
    return Math.min(low + below(random, span), top);
  });
  return { data, width, height };
}

function randomGrid(random: () => number): Grid {
  const side = () => (random() < 0.1 ? 1 : 1 + below(random, 20));
  return [side(), side()];
}

/**
 * OpenCV.js's RGB → YCrCb, `equalize` on Y, YCrCb → RGB, then every value capped at `top`:
 * what fastclahe defines for 16-bit colour at any bitDepth.
 */
function yPipeline(image: Image16, equalize: (y: Uint16Array) => ArrayLike<number>, top: number): Uint16Array {
  const pixels = image.width * image.height;
  const converted = cvConvert(cv, image, 'RGB2YCrCb');
  const equalized = equalize(Uint16Array.from({ length: pixels }, (_, p) => converted[3 * p]));
  for (let p = 0; p < pixels; p++) converted[3 * p] = equalized[p];
  return cvConvert(cv, { ...image, data: converted }, 'YCrCb2RGB').map((value) => Math.min(value, top));
}

describe('the Y pipeline used as reference', () => {
  it('equals OpenCV.js CLAHE on YCrCb at 16 bits', () => {
    const random = seeded(0xc0116);
    for (let i = 0; i < 6; i++) {
      const image = randomColour16(random, 16, 50);
      const grid = randomGrid(random);
      const viaReference = yPipeline(
        image,
        (y) => referenceClahe(y, image.width, image.height, 2, grid, 65536, 65535),
        65535,
      );
      expect(sameBytes(viaReference, cvClaheColour(cv, image, 'YCrCb', 'RGB', 2, grid))).toBe('');
    }
  });
});

describe.each(BACKENDS)('16-bit colour (%s)', (_name, build) => {
  it('rgbToYCrCb and yCrCbToRgb match OpenCV.js on 10^6 random pixels, extremes included, in both orders, with alpha', () => {
    const image = randomPixels16(seeded(0x1cc), 16, 1000, 1000);
    const alpha = (p: number) => (p * 7919) & 0xffff;
    for (const fn of ['rgbToYCrCb', 'yCrCbToRgb'] as const) {
      const toRgb = fn === 'yCrCbToRgb';
      const expected = cvConvert(cv, image, toRgb ? 'YCrCb2RGB' : 'RGB2YCrCb');
      const result = build[fn](image);
      expect(result.data).toBeInstanceOf(Uint16Array);
      expect(sameBytes(result.data, expected), fn).toBe('');
      // BGR order: a conversion to RGB writes B first; one from RGB reads it first.
      const bgr = build[fn](toRgb ? image : swapRedBlue(image), { channelOrder: 'bgr' }).data;
      expect(sameBytes(bgr, toRgb ? cvConvert(cv, image, 'YCrCb2BGR') : expected), `${fn} bgr`).toBe('');
      const { colour, alpha: kept } = splitAlpha(build[fn](withAlpha(image, alpha)).data);
      expect(sameBytes(colour, expected), `${fn} with alpha`).toBe('');
      expect(
        sameBytes(
          kept,
          Uint16Array.from({ length: kept.length }, (_, p) => alpha(p)),
        ),
      ).toBe('');
    }
  });

  it.each(COLOUR_PHOTOS)("clahe matches OpenCV.js's YCrCb pipeline on %s widened to 16 bits", (photo) => {
    const image = readWidenedPhoto(photo);
    for (const [clipLimit, grid] of [
      [2, [8, 8]],
      [0, [3, 5]],
      [40, [16, 16]],
    ] as const) {
      const result = build.clahe(image, { clipLimit, tileGridSize: [...grid] });
      expect(result.data).toBeInstanceOf(Uint16Array);
      expect(
        sameBytes(result.data, cvClaheColour(cv, image, 'YCrCb', 'RGB', clipLimit, [...grid])),
        `${clipLimit} ${grid}`,
      ).toBe('');
    }
  });

  it('clahe matches OpenCV.js on 30 seeded random images, RGB and BGR, alpha copied', () => {
    const random = seeded(0xc16);
    const failures: string[] = [];
    for (let i = 0; i < 30; i++) {
      const image = randomColour16(random, 16);
      const clipLimit = CLIP_LIMITS[below(random, CLIP_LIMITS.length)];
      const tileGridSize = randomGrid(random);
      const bgr = random() < 0.5;
      const expected = cvClaheColour(cv, image, 'YCrCb', bgr ? 'BGR' : 'RGB', clipLimit, tileGridSize);
      const options = { clipLimit, tileGridSize, channelOrder: bgr ? 'bgr' : 'rgb' } as const;
      const four = splitAlpha(
        build.clahe(
          withAlpha(image, (p) => p),
          { ...options, colorSpace: 'ycrcb' },
        ).data,
      );
      const problems = [sameBytes(build.clahe(image, options).data, expected), sameBytes(four.colour, expected)];
      if (four.alpha.some((value, p) => value !== (p & 0xffff))) problems.push('alpha changed');
      if (problems.some(Boolean))
        failures.push(
          `${image.width}×${image.height} clip ${clipLimit} grid ${tileGridSize} ${options.channelOrder}: ${problems}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it.each([10, 12, 14] as const)(
    'clahe at bitDepth %i: the pipeline with 2^bitDepth bins, capped at 2^bitDepth − 1',
    (bitDepth) => {
      const random = seeded(0xc00 + bitDepth);
      const levels = 2 ** bitDepth;
      let capped = 0;
      for (let i = 0; i < 12; i++) {
        const image = randomColour16(random, bitDepth, 70);
        const tileGridSize = randomGrid(random);
        const expected = yPipeline(
          image,
          (y) => referenceClahe(y, image.width, image.height, 3, tileGridSize, levels, 65535),
          levels - 1,
        );
        const result = build.clahe(image, { clipLimit: 3, tileGridSize, bitDepth }).data;
        expect(sameBytes(result, expected), `${image.width}×${image.height} grid ${tileGridSize}`).toBe('');
        capped += yPipeline(
          image,
          (y) => referenceClahe(y, image.width, image.height, 3, tileGridSize, levels, 65535),
          65535,
        ).filter((value) => value >= levels).length;
      }
      // The cap matters: without it some results would leave the declared depth.
      expect(capped).toBeGreaterThan(0);
    },
  );

  it("equalizeHist is the pipeline with OpenCV's algorithm on Y at every depth", () => {
    const random = seeded(0xe0c);
    for (const bitDepth of [10, 12, 14, 16] as const) {
      const levels = 2 ** bitDepth;
      for (let i = 0; i < 4; i++) {
        const image = randomColour16(random, bitDepth);
        const expected = yPipeline(image, (y) => referenceEqualizeHist(y, levels, 65535), levels - 1);
        expect(sameBytes(build.equalizeHist(image, { bitDepth }).data, expected), `bitDepth ${bitDepth}`).toBe('');
      }
    }
    const photo = readWidenedPhoto('chelsea.png');
    const expected = yPipeline(photo, (y) => referenceEqualizeHist(y, 65536, 65535), 65535);
    expect(sameBytes(build.equalizeHist(photo, { colorSpace: 'ycrcb', channelOrder: 'rgb' }).data, expected)).toBe('');
  });

  it('histogram counts each channel in 2^bitDepth bins, with a mask and folded', () => {
    const image = withAlpha(randomColour16(seeded(0x4c), 12), (p) => p % 4096);
    const mask = Uint8Array.from({ length: image.width * image.height }, (_, p) => p % 3);
    const counts = new Uint32Array(4 * 4096);
    const masked = new Uint32Array(4096);
    image.data.forEach((value, i) => {
      counts[(i % 4) * 4096 + value]++;
      if (i % 4 === 1 && mask[i >> 2]) masked[value]++;
    });
    expect(sameBytes(build.histogram(image, { bitDepth: 12 }), counts)).toBe('');
    expect(sameBytes(build.histogram(image, { bitDepth: 12, channel: 1, mask }), masked)).toBe('');
    expect(build.histogram(image)).toHaveLength(4 * 65536);
    const folded = new Uint32Array(10);
    masked.forEach((count, level) => (folded[Math.floor((level * 10) / 4096)] += count));
    expect(build.histogram(image, { bitDepth: 12, channel: 1, mask, bins: 10 })).toEqual(folded);
  });

  it('leaves the input alone, writes into a 16-bit output or in place', () => {
    const image = readWidenedPhoto('coffee.png');
    const copy = image.data.slice();
    const expected = build.clahe(image).data;
    expect(sameBytes(image.data, copy)).toBe('');
    const output = { ...image, data: new Uint16Array(image.data.length) };
    expect(build.clahe(image, { output })).toBe(output);
    expect(sameBytes(output.data, expected)).toBe('');
    expect(build.clahe(image, { output: image })).toBe(image);
    expect(sameBytes(image.data, expected)).toBe('');
  });
});
