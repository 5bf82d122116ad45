// equalizeHist against the oracle, OpenCV.js, byte for byte, for both builds.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { GRAY_PHOTOS, below, readGrayPhoto, seeded } from './helpers/images.js';
import { cvEqualizeHist, loadOpenCV, type OpenCV } from './helpers/opencv.js';
import { firstDifference } from './helpers/bytes.js';
import { randomImage, randomSide } from './helpers/random.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

describe.each(BACKENDS)('equalizeHist (%s)', (_name, build) => {
  it.each(GRAY_PHOTOS)('matches OpenCV on %s', (photo) => {
    const image = readGrayPhoto(photo);
    expect(firstDifference(build.equalizeHist(image).data, cvEqualizeHist(cv, image))).toBe(-1);
  });

  it('matches OpenCV on 500 seeded random images, constant and two-valued included', () => {
    const random = seeded(0xe9);
    const contents = ['noise', 'narrow', 'constant', 'two-valued', 'gradient', 'spiky'] as const;
    const failures: string[] = [];
    for (let i = 0; i < 500; i++) {
      const image = randomImage(
        random,
        randomSide(random),
        randomSide(random),
        contents[below(random, contents.length)],
      );
      const at = firstDifference(build.equalizeHist(image).data, cvEqualizeHist(cv, image));
      if (at >= 0) failures.push(`${image.width}×${image.height} differs at ${at}`);
    }
    expect(failures).toEqual([]);
  });

  it('matches OpenCV on a 1×1 image and on every single level', () => {
    for (let level = 0; level < 256; level++) {
      const image = { data: new Uint8Array([level]), width: 1, height: 1 };
      expect(build.equalizeHist(image).data[0]).toBe(cvEqualizeHist(cv, image)[0]);
    }
  });
});
