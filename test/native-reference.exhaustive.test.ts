// Native OpenCV (Debian python3-opencv), recorded by scripts/make-native-reference.py as
// SHA-256 digests: every build's colour conversions of all 2^24 byte triples. The rest of the
// reference: native-reference.test.ts.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { everyTriple } from './helpers/colour.js';
import { reference, sha256 } from './helpers/nativeReference.js';

describe.each(BACKENDS)(`native OpenCV ${reference.opencv} reference (%s)`, (_name, build) => {
  it('colour conversions of all 2^24 byte triples, except HSV to RGB (native x86 truncates there)', () => {
    const cube = everyTriple();
    for (const [key, digest] of Object.entries(reference.colour.conversions)) {
      const [fn, range] = key.split(' ');
      const convert = build[fn as 'rgbToHsv'] as (image: typeof cube, options: object) => typeof cube;
      expect(sha256(convert(cube, range === 'fullRange' ? { fullRange: true } : {}).data), key).toBe(digest);
    }
  });
});
