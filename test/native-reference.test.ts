// Native OpenCV (Debian python3-opencv), recorded by scripts/make-native-reference.py as
// SHA-256 digests, so these tests need no Python. Every build must reproduce every digest.
// The conversions of all 2^24 byte triples: native-reference.exhaustive.test.ts.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { Lcg, readColourPhoto, readGrayPhoto, readWidenedPhoto } from './helpers/images.js';
import { reference, sha256 } from './helpers/nativeReference.js';
import { CLIP_LIMITS } from './helpers/random.js';

/** Regenerates the synthetic cases exactly as the Python script drew them. */
function syntheticImages(): Array<{ data: Uint8Array; width: number; height: number }> {
  const lcg = new Lcg(20261122);
  return reference.synthetic.map(() => {
    const width = 1 + lcg.below(300);
    const height = 1 + lcg.below(300);
    lcg.below(64);
    lcg.below(64);
    lcg.below(CLIP_LIMITS.length);
    const low = lcg.below(256);
    const span = 1 + lcg.below(256 - low);
    const data = Uint8Array.from({ length: width * height }, () => low + lcg.below(span));
    return { data, width, height };
  });
}

describe.each(BACKENDS)(`native OpenCV ${reference.opencv} reference (%s)`, (_name, build) => {
  it.each(Object.entries(reference.photos))(
    '%s: histogram, equalizeHist and CLAHE with 10 parameter sets',
    (photo, expected) => {
      const image = readGrayPhoto(photo);
      expect(sha256(build.histogram(image))).toBe(expected.histogram);
      expect(sha256(build.equalizeHist(image).data)).toBe(expected.equalizeHist);
      for (const [key, digest] of Object.entries(expected.clahe)) {
        const [clipLimit, columns, rows] = key.split(',').map(Number);
        expect(sha256(build.clahe(image, { clipLimit, tileGridSize: [columns, rows] }).data), key).toBe(digest);
      }
    },
  );

  it(`${reference.synthetic.length} synthetic images with random sizes, grids and clip limits`, () => {
    const images = syntheticImages();
    reference.synthetic.forEach((expected, i) => {
      const image = images[i];
      expect([image.width, image.height]).toEqual([expected.width, expected.height]);
      const { clipLimit, tileGridSize } = expected;
      expect(sha256(build.clahe(image, { clipLimit, tileGridSize }).data), `case ${i}`).toBe(expected.clahe);
      expect(sha256(build.equalizeHist(image).data), `case ${i}`).toBe(expected.equalizeHist);
    });
  });

  it.each(Object.entries(reference.colour.photos))('%s: Lab and YCrCb equalizeHist and CLAHE', (photo, spaces) => {
    const image = readColourPhoto(photo);
    for (const [colorSpace, expected] of Object.entries(spaces) as Array<['lab' | 'ycrcb', (typeof spaces)['lab']]>) {
      expect(sha256(build.equalizeHist(image, { colorSpace }).data), colorSpace).toBe(expected.equalizeHist);
      for (const [key, digest] of Object.entries(expected.clahe)) {
        const [clipLimit, columns, rows] = key.split(',').map(Number);
        expect(
          sha256(build.clahe(image, { colorSpace, clipLimit, tileGridSize: [columns, rows] }).data),
          `${colorSpace} ${key}`,
        ).toBe(digest);
      }
    }
  });

  it('16-bit colour: YCrCb both ways on LCG pixels, and YCrCb CLAHE on the photographs widened to 16 bits', () => {
    const { side, conversions, photos } = reference.deepColour;
    const lcg = new Lcg(16161616);
    const image = {
      data: Uint16Array.from({ length: side * side * 3 }, () => lcg.below(65536)),
      width: side,
      height: side,
    };
    expect(sha256(build.rgbToYCrCb(image).data)).toBe(conversions.rgbToYCrCb);
    expect(sha256(build.yCrCbToRgb(image).data)).toBe(conversions.yCrCbToRgb);
    for (const [photo, digests] of Object.entries(photos)) {
      const widened = readWidenedPhoto(photo);
      for (const [key, digest] of Object.entries(digests)) {
        const [clipLimit, columns, rows] = key.split(',').map(Number);
        expect(sha256(build.clahe(widened, { clipLimit, tileGridSize: [columns, rows] }).data), `${photo} ${key}`).toBe(
          digest,
        );
      }
    }
  });
});
