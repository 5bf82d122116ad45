// The colour conversions under test and their OpenCV cvtColor codes, shared by
// conversions.test.ts and conversions.exhaustive.test.ts.
import type { ImageLike } from 'fastclahe';
import type { BACKENDS } from './backends.js';

type Build = (typeof BACKENDS)[number][1];
type Convert = (image: ImageLike, options?: object) => ImageLike<Uint8Array>;

export interface Case {
  fn: 'rgbToHsv' | 'hsvToRgb' | 'rgbToLab' | 'labToRgb' | 'rgbToYCrCb' | 'yCrCbToRgb';
  options: { fullRange?: boolean };
  /** OpenCV's name of the colour space on the other side from RGB. */
  space: 'HSV' | 'Lab' | 'YCrCb';
  toRgb: boolean;
}

export const CASES: Case[] = [
  { fn: 'rgbToHsv', options: {}, space: 'HSV', toRgb: false },
  { fn: 'rgbToHsv', options: { fullRange: true }, space: 'HSV', toRgb: false },
  { fn: 'rgbToLab', options: {}, space: 'Lab', toRgb: false },
  { fn: 'rgbToYCrCb', options: {}, space: 'YCrCb', toRgb: false },
  { fn: 'hsvToRgb', options: {}, space: 'HSV', toRgb: true },
  { fn: 'hsvToRgb', options: { fullRange: true }, space: 'HSV', toRgb: true },
  { fn: 'labToRgb', options: {}, space: 'Lab', toRgb: true },
  { fn: 'yCrCbToRgb', options: {}, space: 'YCrCb', toRgb: true },
];

export const convert = (build: Build, fn: Case['fn']) => build[fn] as Convert;
/** OpenCV's cvtColor code for a case, e.g. 'HSV2BGR_FULL'. */
export const code = ({ space, toRgb, options }: Case, order: 'RGB' | 'BGR') =>
  `${toRgb ? `${space}2${order}` : `${order}2${space}`}${options.fullRange ? '_FULL' : ''}`;
export const label = ({ fn, options }: Case) => `${fn}${options.fullRange ? ' (fullRange)' : ''}`;
