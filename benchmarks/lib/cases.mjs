// The cases of benchmarks/run.mjs: each operation says how every peer runs it and what OpenCV
// result it must equal.
import { bytesOf } from './bytes.mjs';

/** What fastclahe's result is compared with: OpenCV's output bytes, shaped as OpenCV shapes them. */
const comparable = {
  same: (result) => bytesOf(result),
  /** OpenCV's cvtColor to HSV drops alpha: compare fastclahe's first three channels. */
  dropAlpha: (result) => bytesOf(result).filter((_, i) => i % 4 !== 3),
};

/**
 * What OpenCV users write to equalize a colour image: cvtColor to `space`, split, CLAHE (clip 2,
 * 8×8) on one channel, merge, cvtColor back into mats.out with `channels` channels (0: three).
 */
function claheOneChannel(cv, mats, space, channel, channels = 0) {
  cv.cvtColor(mats.src, mats.converted, cv[`COLOR_RGB2${space}`]);
  cv.split(mats.converted, mats.planes);
  const plane = mats.planes.get(channel);
  mats.clahe(2, [8, 8]).apply(plane, plane);
  mats.planes.set(channel, plane);
  plane.delete();
  cv.merge(mats.planes, mats.converted);
  cv.cvtColor(mats.converted, mats.out, cv[`COLOR_${space}2RGB`], channels);
}

/**
 * One operation as every peer runs it.
 * @typedef {object} Operation
 * @property {string} name
 * @property {number} channels of the input: 1, 3 or 4
 * @property {number} [depth] bits per sample of the input: 8 (when absent) or 16
 * @property {number[][]} [sizes] [width, height] of each size it runs at, instead of the run's
 * @property {string} [needs] the export of fastclahe it needs (skipped in a build without it)
 * @property {'hsv'} [input] runs on the photograph converted to HSV
 * @property {object} native the request to benchmarks/native.py
 * @property {((result: any) => Uint8Array) | undefined} compare fastclahe's output as OpenCV shapes it; none: not compared
 * @property {(lib: any, image: any, output?: any) => any} fastclahe
 * @property {(cv: any, mats: any) => any} opencv
 */

// 16-bit cases run at 2048×2048, a typical X-ray (their own `sizes`).
/** @type {Operation[]} */
export const OPERATIONS = [
  {
    name: 'histogram',
    channels: 1,
    native: { op: 'histogram' },
    compare: comparable.same,
    fastclahe: (lib, image) => lib.histogram(image),
    opencv: (cv, mats) => {
      cv.calcHist(mats.sources, [0], mats.noMask, mats.out, [256], [0, 256]);
      return Uint32Array.from(mats.out.data32F);
    },
  },
  {
    name: 'equalizeHist',
    channels: 1,
    native: { op: 'equalizeHist' },
    compare: comparable.same,
    fastclahe: (lib, image, output) => lib.equalizeHist(image, { output }),
    opencv: (cv, mats) => {
      cv.equalizeHist(mats.src, mats.out);
      return mats.out.data;
    },
  },
  ...[
    [8, 8],
    [16, 16],
  ].map((tileGridSize) => ({
    name: `clahe (clip 2, ${tileGridSize.join('×')})`,
    channels: 1,
    compare: comparable.same,
    native: { op: 'clahe', params: { clipLimit: 2, tileGridSize } },
    fastclahe: (lib, image, output) => lib.clahe(image, { clipLimit: 2, tileGridSize, output }),
    opencv: (_cv, mats) => {
      mats.clahe(2, tileGridSize).apply(mats.src, mats.out);
      return mats.out.data;
    },
  })),
  ...[16, 12].map((bitDepth) => ({
    name: `clahe ${bitDepth}-bit (clip 2, 8×8)`,
    channels: 1,
    depth: 16,
    sizes: [[2048, 2048]],
    // OpenCV has only 65536 bins: at 12 bits it is timed doing that, and there is nothing to compare.
    compare: bitDepth === 16 ? comparable.same : undefined,
    native: { op: 'clahe', params: { clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) => lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], bitDepth, output }),
    opencv: (_cv, mats) => {
      mats.clahe(2, [8, 8]).apply(mats.src, mats.out);
      return mats.out.data16U;
    },
  })),
  {
    name: 'clahe 16-bit YCrCb (clip 2, 8×8)',
    channels: 3,
    depth: 16,
    sizes: [[2048, 2048]],
    compare: comparable.same,
    native: { op: 'colourClahe', params: { space: 'YCrCb', channel: 0, clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) =>
      lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], colorSpace: 'ycrcb', output }),
    opencv: (cv, mats) => {
      claheOneChannel(cv, mats, 'YCrCb', 0);
      return mats.out.data16U;
    },
  },
  {
    name: 'rgbToHsv',
    channels: 4,
    needs: 'rgbToHsv',
    native: { op: 'rgbToHsv' },
    compare: comparable.dropAlpha,
    fastclahe: (lib, image, output) => lib.rgbToHsv(image, { output }),
    opencv: (cv, mats) => {
      cv.cvtColor(mats.src, mats.out, cv.COLOR_RGB2HSV);
      return mats.out.data;
    },
  },
  {
    name: 'hsvToRgb',
    channels: 4,
    needs: 'hsvToRgb',
    input: 'hsv',
    native: { op: 'hsvToRgb' },
    compare: comparable.same,
    fastclahe: (lib, image, output) => lib.hsvToRgb(image, { output }),
    opencv: (cv, mats) => {
      cv.cvtColor(mats.src3, mats.out, cv.COLOR_HSV2RGB, 4);
      return mats.out.data;
    },
  },
  // Colour CLAHE through one 8-bit lightness channel, RGBA in and out.
  ...[
    ['HSV', 2, 'rgbToHsv'],
    ['Lab', 0, 'rgbToLab'],
  ].map(([space, channel, needs]) => ({
    name: `clahe ${space} (clip 2, 8×8)`,
    channels: 4,
    needs,
    compare: comparable.same,
    native: { op: 'colourClahe', params: { space, channel, clipLimit: 2, tileGridSize: [8, 8] } },
    fastclahe: (lib, image, output) =>
      lib.clahe(image, { clipLimit: 2, tileGridSize: [8, 8], colorSpace: String(space).toLowerCase(), output }),
    opencv: (cv, mats) => {
      claheOneChannel(cv, mats, space, channel, 4);
      return mats.out.data;
    },
  })),
];
