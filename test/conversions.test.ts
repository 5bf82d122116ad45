// The colour conversions against the oracle, OpenCV.js cvtColor, byte for byte, for both
// builds: each direction on every one of the 2^24 byte triples (for the inverses a superset
// of the valid triples: hues past 179 wrap round as in OpenCV), then BGR order, RGBA with
// alpha kept, and writing in place.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImageLike } from '../dist/index.js';
import { BACKENDS } from './helpers/backends.js';
import { firstDifference, sameBytes } from './helpers/bytes.js';
import { everyTriple, randomColours, splitAlpha, swapRedBlue, withAlpha } from './helpers/colour.js';
import { seeded } from './helpers/images.js';
import { cvConvert, loadOpenCV, type OpenCV } from './helpers/opencv.js';

type Build = (typeof BACKENDS)[number][1];
type Convert = (image: ImageLike, options?: object) => ImageLike<Uint8Array>;

interface Case {
  fn: 'rgbToHsv' | 'hsvToRgb' | 'rgbToLab' | 'labToRgb' | 'rgbToYCrCb' | 'yCrCbToRgb';
  options: { fullRange?: boolean };
  /** OpenCV's name of the colour space on the other side from RGB. */
  space: 'HSV' | 'Lab' | 'YCrCb';
  toRgb: boolean;
}

const CASES: Case[] = [
  { fn: 'rgbToHsv', options: {}, space: 'HSV', toRgb: false },
  { fn: 'rgbToHsv', options: { fullRange: true }, space: 'HSV', toRgb: false },
  { fn: 'rgbToLab', options: {}, space: 'Lab', toRgb: false },
  { fn: 'rgbToYCrCb', options: {}, space: 'YCrCb', toRgb: false },
  { fn: 'hsvToRgb', options: {}, space: 'HSV', toRgb: true },
  { fn: 'hsvToRgb', options: { fullRange: true }, space: 'HSV', toRgb: true },
  { fn: 'labToRgb', options: {}, space: 'Lab', toRgb: true },
  { fn: 'yCrCbToRgb', options: {}, space: 'YCrCb', toRgb: true },
];

const convert = (build: Build, fn: Case['fn']) => build[fn] as Convert;
/** OpenCV's cvtColor code for a case, e.g. 'HSV2BGR_FULL'. */
const code = ({ space, toRgb, options }: Case, order: 'RGB' | 'BGR') =>
  `${toRgb ? `${space}2${order}` : `${order}2${space}`}${options.fullRange ? '_FULL' : ''}`;
const label = ({ fn, options }: Case) => `${fn}${options.fullRange ? ' (fullRange)' : ''}`;

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

describe('every one of the 2^24 byte triples', () => {
  it.each(CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const image = everyTriple();
    const expected = cvConvert(cv, image, code(c, 'RGB'));
    for (const [name, build] of BACKENDS) {
      const at = firstDifference(convert(build, c.fn)(image, c.options).data, expected);
      expect(at, `${name}: pixel ${Math.floor(at / 3)} (${image.data.subarray(at - (at % 3), at - (at % 3) + 3)})`).toBe(-1);
    }
  });
});

describe.each(BACKENDS)('channel layouts (%s)', (_name, build) => {
  const random = seeded(0xc0105);
  const image = randomColours(random, 509, 251);
  const alpha = (p: number) => (p * 37 + 11) & 255;

  it.each(CASES.map((c) => [label(c), c] as const))('%s: BGR order, RGBA and BGRA keep alpha', (_label, c) => {
    const run = convert(build, c.fn);
    const rgb = cvConvert(cv, image, code(c, 'RGB'));
    const bgr = cvConvert(cv, image, code(c, 'BGR'));
    // For a conversion from RGB, BGR order means the same colours arrive swapped.
    const input = c.toRgb ? image : swapRedBlue(image);
    expect(sameBytes(run(input, { ...c.options, channelOrder: 'bgr' }).data, c.toRgb ? bgr : rgb)).toBe('');
    for (const order of ['rgb', 'bgr'] as const) {
      const four = run(withAlpha(order === 'bgr' && !c.toRgb ? input : image, alpha), { ...c.options, channelOrder: order });
      const { colour, alpha: kept } = splitAlpha(four.data);
      expect(sameBytes(colour, order === 'bgr' && c.toRgb ? bgr : rgb), order).toBe('');
      expect(sameBytes(kept, Uint8Array.from({ length: kept.length }, (_, p) => alpha(p))), order).toBe('');
    }
  });

  it.each(CASES.map((c) => [label(c), c] as const))('%s: into options.output, or in place', (_label, c) => {
    const run = convert(build, c.fn);
    const expected = run(image, c.options).data;
    const output = { ...image, data: new Uint8ClampedArray(image.data.length) };
    expect(run(image, { ...c.options, output })).toBe(output);
    expect(sameBytes(output.data, expected)).toBe('');
    const copy = { ...image, data: image.data.slice() };
    expect(run(copy, { ...c.options, output: copy })).toBe(copy);
    expect(sameBytes(copy.data, expected)).toBe('');
  });
});
