// The known image every consumer enhances, and native OpenCV 4.6's SHA-256 of the result
// (committed in test/reference/native-opencv.json): the expected bytes come from OpenCV
// itself, not from the build under test.
import { readFileSync } from 'node:fs';
import { readGrayPhoto } from '../../helpers/images.js';

const PHOTO = 'clock_motion.png';
// 400×300 divides by neither 7 nor 11, so OpenCV's padded tiles are exercised too.
const CLIP_LIMIT = 3.7;
const GRID: [number, number] = [7, 11];

const reference = JSON.parse(readFileSync(new URL('../../reference/native-opencv.json', import.meta.url), 'utf8')) as {
  photos: Record<string, { clahe: Record<string, string> }>;
};

/** Native OpenCV's digest of `clahe(known image, known options).data`. */
export const EXPECTED_DIGEST = reference.photos[PHOTO]!.clahe[`${CLIP_LIMIT},${GRID.join(',')}`]!;

/** known-image.json, which every consumer reads: the options and the pixels in base64. */
export function knownImageJson(): string {
  const { data, width, height } = readGrayPhoto(PHOTO);
  return JSON.stringify({
    width,
    height,
    clipLimit: CLIP_LIMIT,
    tileGridSize: GRID,
    pixels: Buffer.from(data).toString('base64'),
  });
}
