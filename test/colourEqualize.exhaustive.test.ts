// clahe and equalizeHist on colour images against the oracle: OpenCV.js cvtColor to HSV, Lab
// or YCrCb, equalize V, L or Y, merge, cvtColor back. Byte for byte, for both builds, on
// photographs and on seeded random images of random sizes; then BGR order and RGBA.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageLike } from 'fastclahe';
import { BACKENDS } from './helpers/backends.js';
import { firstDifference, sameBytes } from './helpers/bytes.js';
import { everyTriple, splitAlpha, withAlpha } from './helpers/colour.js';
import { below, COLOUR_PHOTOS, readColourPhoto, readGrayPhoto, seeded } from './helpers/images.js';
import {
  cvClaheColour,
  cvEqualizeHistColour,
  loadOpenCV,
  type CvOrder,
  type CvSpace,
  type OpenCV,
} from './helpers/opencv.js';
import { randomClaheCase, randomImage, randomSide, type Content } from './helpers/random.js';

const SPACES = [
  ['hsv', 'HSV'],
  ['lab', 'Lab'],
  ['ycrcb', 'YCrCb'],
] as const;
type Space = (typeof SPACES)[number][0];

interface ColourCase {
  image: ImageLike<Uint8Array>;
  clipLimit: number;
  tileGridSize: [number, number];
}

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

/** Both operations through both builds for one colour space; lists every mismatch with OpenCV. */
function mismatches(cases: ColourCase[], space: Space, cvSpace: CvSpace, order: CvOrder = 'RGB'): string[] {
  const found: string[] = [];
  const channelOrder = order === 'RGB' ? 'rgb' : 'bgr';
  for (const { image, clipLimit, tileGridSize } of cases) {
    const expected = {
      clahe: cvClaheColour(cv, image, cvSpace, order, clipLimit, tileGridSize),
      equalizeHist: cvEqualizeHistColour(cv, image, cvSpace, order),
    };
    for (const [name, build] of BACKENDS) {
      const actual = {
        clahe: build.clahe(image, { clipLimit, tileGridSize, colorSpace: space, channelOrder }).data,
        equalizeHist: build.equalizeHist(image, { colorSpace: space, channelOrder }).data,
      };
      for (const op of ['clahe', 'equalizeHist'] as const) {
        const at = firstDifference(actual[op], expected[op]);
        if (at >= 0)
          found.push(`${name} ${op} ${image.width}×${image.height} clip ${clipLimit} grid ${tileGridSize}: byte ${at}`);
      }
    }
  }
  return found;
}

/** A random colour image whose channels each have one of the random.ts contents. */
function randomColourCase(random: () => number): ColourCase {
  const { clipLimit, tileGridSize } = randomClaheCase(random);
  const width = randomSide(random);
  const height = randomSide(random);
  const contents: Content[] = ['noise', 'narrow', 'constant', 'two-valued', 'gradient', 'spiky'];
  const planes = [0, 1, 2].map(() => randomImage(random, width, height, contents[below(random, contents.length)]).data);
  const data = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) for (let k = 0; k < 3; k++) data[3 * p + k] = planes[k][p];
  return { image: { data, width, height }, clipLimit, tileGridSize };
}

describe.each(SPACES)('colorSpace %s', (space, cvSpace) => {
  it.each(COLOUR_PHOTOS)('matches OpenCV on %s with three parameter sets', (photo) => {
    const image = readColourPhoto(photo);
    const cases: ColourCase[] = [
      { image, clipLimit: 2, tileGridSize: [8, 8] },
      { image, clipLimit: 4, tileGridSize: [3, 5] },
      { image, clipLimit: 0, tileGridSize: [16, 16] },
    ];
    expect(mismatches(cases, space, cvSpace)).toEqual([]);
  });

  it('matches OpenCV on 60 seeded random images of random sizes, clip limits and grids', () => {
    const random = seeded(0xc01 + space.length);
    expect(
      mismatches(
        Array.from({ length: 60 }, () => randomColourCase(random)),
        space,
        cvSpace,
      ),
    ).toEqual([]);
  });

  it('matches OpenCV in BGR order', () => {
    const random = seeded(0xb62);
    const cases = [{ image: readColourPhoto('coffee.png'), clipLimit: 3, tileGridSize: [8, 8] as [number, number] }];
    for (let i = 0; i < 10; i++) cases.push(randomColourCase(random));
    expect(mismatches(cases, space, cvSpace, 'BGR')).toEqual([]);
  });

  it.each(BACKENDS)('keeps alpha and equalizes RGBA and BGRA as their colour channels (%s)', (_name, build) => {
    const image = readColourPhoto('astronaut.png');
    const alpha = (p: number) => (p >> 3) & 255;
    const rgba = withAlpha(image, alpha);
    for (const [order, cvOrder] of [
      ['rgb', 'RGB'],
      ['bgr', 'BGR'],
    ] as const) {
      const clahe = splitAlpha(build.clahe(rgba, { colorSpace: space, channelOrder: order }).data);
      const equalized = splitAlpha(build.equalizeHist(rgba, { colorSpace: space, channelOrder: order }).data);
      expect(sameBytes(clahe.colour, cvClaheColour(cv, image, cvSpace, cvOrder, 2, [8, 8])), order).toBe('');
      expect(sameBytes(equalized.colour, cvEqualizeHistColour(cv, image, cvSpace, cvOrder)), order).toBe('');
      for (const kept of [clahe.alpha, equalized.alpha]) {
        expect(
          sameBytes(
            kept,
            Uint8Array.from({ length: kept.length }, (_, p) => alpha(p)),
          ),
        ).toBe('');
      }
    }
  });
});

describe.each([
  ['hsv', 'HSV'],
  ['ycrcb', 'YCrCb'],
] as const)('every colour, %s', (space, cvSpace) => {
  // Each of the 2^24 RGB triples gets its colour recombined with an equalized V or Y: every path
  // through the merge, the SIMD build's four-pixel loop included, in RGB and in BGRA.
  it.each(BACKENDS)('equalizeHist of all 2^24 byte triples matches OpenCV, RGB and BGRA (%s)', (_name, build) => {
    const cube = everyTriple();
    const rgb = build.equalizeHist(cube, { colorSpace: space }).data;
    expect(firstDifference(rgb, cvEqualizeHistColour(cv, cube, cvSpace, 'RGB')), 'RGB').toBe(-1);
    const bgra = withAlpha(cube, (p) => p & 255);
    const { colour, alpha } = splitAlpha(build.equalizeHist(bgra, { colorSpace: space, channelOrder: 'bgr' }).data);
    expect(firstDifference(colour, cvEqualizeHistColour(cv, cube, cvSpace, 'BGR')), 'BGRA').toBe(-1);
    expect(alpha.every((value, p) => value === (p & 255))).toBe(true);
  });
});

describe.each(BACKENDS)('colour options (%s)', (_name, build) => {
  it('equalize the V channel of HSV by default', () => {
    const image = readColourPhoto('chelsea.png');
    expect(
      sameBytes(build.clahe(image).data, build.clahe(image, { colorSpace: 'hsv', channelOrder: 'rgb' }).data),
    ).toBe('');
    expect(sameBytes(build.equalizeHist(image).data, cvEqualizeHistColour(cv, image, 'HSV', 'RGB'))).toBe('');
  });

  it('are accepted and ignored on gray images', () => {
    const gray = readGrayPhoto('camera.png');
    for (const colorSpace of ['hsv', 'lab', 'ycrcb'] as const) {
      expect(sameBytes(build.clahe(gray, { colorSpace, channelOrder: 'bgr' }).data, build.clahe(gray).data)).toBe('');
      expect(
        sameBytes(build.equalizeHist(gray, { colorSpace, channelOrder: 'bgr' }).data, build.equalizeHist(gray).data),
      ).toBe('');
    }
  });

  it('leave the input alone and write into options.output or in place', () => {
    const image = readColourPhoto('coffee.png', 4);
    const copy = image.data.slice();
    const expected = build.clahe(image, { colorSpace: 'lab' }).data;
    expect(sameBytes(image.data, copy)).toBe('');
    const output = { ...image, data: new Uint8Array(image.data.length) };
    expect(build.clahe(image, { colorSpace: 'lab', output })).toBe(output);
    expect(sameBytes(output.data, expected)).toBe('');
    expect(build.clahe(image, { colorSpace: 'lab', output: image })).toBe(image);
    expect(sameBytes(image.data, expected)).toBe('');
  });
});
