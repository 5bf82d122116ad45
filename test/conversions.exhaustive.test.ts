// The colour conversions against the oracle, OpenCV.js cvtColor, byte for byte, for every
// build: each direction on every one of the 2^24 byte triples (for the inverses a superset
// of the valid triples: hues past 179 wrap round as in OpenCV). Layouts: conversions.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { firstDifference } from './helpers/bytes.js';
import { everyTriple } from './helpers/colour.js';
import { CASES, code, convert, label } from './helpers/conversions.js';
import { cvConvert, loadOpenCV, type OpenCV } from './helpers/opencv.js';

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
      expect(
        at,
        `${name}: pixel ${Math.floor(at / 3)} (${image.data.subarray(at - (at % 3), at - (at % 3) + 3)})`,
      ).toBe(-1);
    }
  });
});
