// histogram against the oracle, OpenCV.js calcHist, with and without masks, for both builds.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { withAlpha } from './helpers/colour.js';
import { COLOUR_PHOTOS, GRAY_PHOTOS, readColourPhoto, readGrayPhoto, seeded } from './helpers/images.js';
import { cvHistogram, loadOpenCV, type OpenCV } from './helpers/opencv.js';
import { randomImage, randomSide } from './helpers/random.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

describe.each(BACKENDS)('histogram (%s)', (_name, build) => {
  it.each(GRAY_PHOTOS)('matches calcHist on %s', (photo) => {
    const image = readGrayPhoto(photo);
    expect(build.histogram(image)).toEqual(cvHistogram(cv, image));
  });

  it('matches calcHist with random masks on 200 seeded random images', () => {
    const random = seeded(0x4157);
    for (let i = 0; i < 200; i++) {
      const image = randomImage(random, randomSide(random), randomSide(random), 'noise');
      const density = random();
      const mask = Uint8Array.from(image.data, () => (random() < density ? 1 + Math.floor(random() * 255) : 0));
      expect(build.histogram(image, { mask })).toEqual(cvHistogram(cv, image, mask));
      expect(build.histogram(image)).toEqual(cvHistogram(cv, image));
    }
  });

  it('counts every pixel exactly once', () => {
    const image = readGrayPhoto('camera.png');
    const bins = build.histogram(image);
    expect(bins).toHaveLength(256);
    expect(bins.reduce((sum, count) => sum + count, 0)).toBe(image.width * image.height);
  });

  it('accepts a Uint8ClampedArray mask and counts nothing under an all-zero mask', () => {
    const image = readGrayPhoto('cell.png');
    const half = new Uint8ClampedArray(image.data.length).fill(255, 0, image.data.length / 2);
    expect(build.histogram(image, { mask: half })).toEqual(cvHistogram(cv, image, new Uint8Array(half)));
    expect(build.histogram(image, { mask: new Uint8Array(image.data.length) }).every((count) => count === 0)).toBe(
      true,
    );
  });

  it.each(COLOUR_PHOTOS)(
    'counts each channel of %s as calcHist does, RGB and RGBA, with and without a mask',
    (photo) => {
      const rgb = readColourPhoto(photo);
      const rgba = withAlpha(rgb, (p) => (p * 7) & 255);
      const random = seeded(photo.length);
      const mask = Uint8Array.from({ length: rgb.width * rgb.height }, () => (random() < 0.3 ? 1 : 0));
      for (const image of [rgb, rgba]) {
        const channels = image.data.length / (image.width * image.height);
        for (const masked of [undefined, mask]) {
          const expected = Array.from({ length: channels }, (_, k) => cvHistogram(cv, image, masked, k));
          const all = build.histogram(image, { mask: masked });
          expect(all).toHaveLength(256 * channels);
          expected.forEach((bins, k) => {
            expect(all.subarray(256 * k, 256 * (k + 1))).toEqual(bins);
            expect(build.histogram(image, { channel: k, mask: masked })).toEqual(bins);
          });
        }
      }
    },
  );

  it('treats channel 0 of a gray image as the image', () => {
    const image = readGrayPhoto('camera.png');
    expect(build.histogram(image, { channel: 0 })).toEqual(build.histogram(image));
  });
});
