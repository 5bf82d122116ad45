// The colour conversions against the oracle, OpenCV.js cvtColor, byte for byte, for every
// build: BGR order, RGBA with alpha kept, and writing in place, on random colours. Every one of
// the 2^24 byte triples: conversions.exhaustive.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { randomColours, splitAlpha, swapRedBlue, withAlpha } from './helpers/colour.js';
import { CASES, code, convert, label } from './helpers/conversions.js';
import { seeded } from './helpers/images.js';
import { cvConvert, loadOpenCV, type OpenCV } from './helpers/opencv.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
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
      const four = run(withAlpha(order === 'bgr' && !c.toRgb ? input : image, alpha), {
        ...c.options,
        channelOrder: order,
      });
      const { colour, alpha: kept } = splitAlpha(four.data);
      expect(sameBytes(colour, order === 'bgr' && c.toRgb ? bgr : rgb), order).toBe('');
      expect(
        sameBytes(
          kept,
          Uint8Array.from({ length: kept.length }, (_, p) => alpha(p)),
        ),
        order,
      ).toBe('');
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
