// CLAHE against the oracle, OpenCV.js, byte for byte, for both builds.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { GRAY_PHOTOS, readGrayPhoto, seeded } from './helpers/images.js';
import { cvClahe, loadOpenCV, type OpenCV } from './helpers/opencv.js';
import { firstDifference } from './helpers/bytes.js';
import { CLIP_LIMITS, randomClaheCase, randomImage, type ClaheCase } from './helpers/random.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

const PHOTO_PARAMETERS: Array<[number, [number, number]]> = [
  [2, [8, 8]],
  [40, [8, 8]],
  [0, [8, 8]],
  [-1, [4, 4]],
  [4, [16, 16]],
  [1, [3, 5]],
  [2, [64, 64]],
  [3.7, [7, 11]],
  [0.01, [1, 1]],
  [1000, [2, 2]],
];

/** Runs every case through both builds and lists the ones that differ from OpenCV. */
function mismatches(cases: ClaheCase[]): string[] {
  const found: string[] = [];
  for (const { image, content, clipLimit, tileGridSize } of cases) {
    const expected = cvClahe(cv, image, clipLimit, tileGridSize);
    for (const [name, build] of BACKENDS) {
      const actual = build.clahe(image, { clipLimit, tileGridSize }).data;
      const at = firstDifference(actual, expected);
      if (at >= 0) {
        found.push(
          `${name}: ${image.width}×${image.height} ${content}, clip ${clipLimit}, grid ${tileGridSize} ` +
            `differs at ${at}: ${actual[at]} instead of ${expected[at]}`,
        );
      }
    }
  }
  return found;
}

describe('clahe matches OpenCV on photographs', () => {
  for (const photo of GRAY_PHOTOS) {
    it(photo, () => {
      const image = readGrayPhoto(photo);
      const cases = PHOTO_PARAMETERS.map(([clipLimit, tileGridSize]) => ({
        image,
        content: 'noise' as const,
        clipLimit,
        tileGridSize,
      }));
      expect(mismatches(cases)).toEqual([]);
    });
  }
});

describe('clahe matches OpenCV on 1200 seeded random cases', () => {
  const random = seeded(0xc1a4e);
  for (let batch = 0; batch < 12; batch++) {
    const cases = Array.from({ length: 100 }, () => randomClaheCase(random));
    it(`batch ${batch + 1} of 12`, () => {
      expect(mismatches(cases)).toEqual([]);
    });
  }
});

describe('clahe matches OpenCV at the edges', () => {
  const random = seeded(42);
  const noise = (width: number, height: number) => randomImage(random, width, height, 'noise');
  const each = (image: ClaheCase['image'], grids: Array<[number, number]>, clips = [2]) =>
    grids.flatMap((tileGridSize) =>
      clips.map((clipLimit) => ({ image, content: 'noise' as const, clipLimit, tileGridSize })),
    );

  it('1×1 images with grids from 1×1 to 64×64', () => {
    expect(
      mismatches(
        each(
          noise(1, 1),
          [
            [1, 1],
            [2, 2],
            [8, 8],
            [64, 64],
            [1, 64],
            [64, 1],
          ],
          CLIP_LIMITS,
        ),
      ),
    ).toEqual([]);
  });

  it('single rows and columns', () => {
    const cases = [noise(1, 37), noise(37, 1), noise(1, 700), noise(700, 1)].flatMap((image) =>
      each(image, [
        [1, 1],
        [8, 8],
        [3, 64],
      ]),
    );
    expect(mismatches(cases)).toEqual([]);
  });

  it('images smaller than the grid', () => {
    const cases = [noise(2, 3), noise(7, 5), noise(10, 10), noise(63, 2)].flatMap((image) =>
      each(
        image,
        [
          [8, 8],
          [64, 64],
          [11, 3],
        ],
        [0, 2, 40],
      ),
    );
    expect(mismatches(cases)).toEqual([]);
  });

  it('sizes not divisible by the grid, on one axis or both', () => {
    const cases = [noise(64, 33), noise(33, 64), noise(100, 37), noise(509, 251)].flatMap((image) =>
      each(
        image,
        [
          [8, 8],
          [7, 7],
          [16, 3],
        ],
        [2, 3.7],
      ),
    );
    expect(mismatches(cases)).toEqual([]);
  });

  it('every square grid from 1×1 to 64×64 on a photograph crop', () => {
    const photo = readGrayPhoto('camera.png');
    const crop = { data: photo.data.slice(0, 512 * 131), width: 512, height: 131 };
    const grids = Array.from({ length: 64 }, (_, i): [number, number] => [i + 1, i + 1]);
    expect(mismatches(each(crop, grids))).toEqual([]);
  });

  it('constant images, and clip limits at and below zero', () => {
    const cases = [0, 1, 128, 254, 255].flatMap((level) => {
      const image = { data: new Uint8Array(97 * 61).fill(level), width: 97, height: 61 };
      return each(
        image,
        [
          [1, 1],
          [8, 8],
          [13, 64],
        ],
        [-1, 0, 0.01, 2, 1000],
      );
    });
    expect(mismatches(cases)).toEqual([]);
  });
});
