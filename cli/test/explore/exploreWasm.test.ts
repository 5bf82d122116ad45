// explore's WebAssembly kernels: the committed module is the build of cli/assembly/, the SIMD
// resampling passes give the same bytes as the scalar passes (themselves checked against Pillow
// by pillow.test.ts) on every channel count, both filters, shrinking and enlarging, one axis or
// both, odd sizes, and a plane large enough to grow and drop the memory; the pixel pass gives the
// same measures as the scalar passes, to the last bit of the brightness sums.
import { expect, test } from 'vitest';
import { compile } from '../../scripts/build-explore-wasm.mjs';
import { FILTERS, pillowResize, pillowResizeScalar, type Plane } from '../../src/explore/pillowResample.js';
import { EXPLORE_WASM } from '../../src/explore/exploreWasm.js';
import { pixelMeasures, pixelMeasuresScalar } from '../../src/explore/pixelPass.js';

test('the committed module is the build of cli/assembly/', () => {
  expect(EXPLORE_WASM).toBe(compile().toString('base64'));
});

let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

function plane(width: number, height: number, channels: number, kind: 'noise' | 'edges'): Plane {
  const data = new Uint8Array(width * height * channels);
  // Hard edges between 0 and 255 drive Lanczos' and bicubic's overshoot into the clamps.
  for (let i = 0; i < data.length; i++) data[i] = kind === 'noise' ? random() * 256 : random() < 0.5 ? 0 : 255;
  return { data, width, height, channels };
}

const cases: [number, number, number, number][] = [
  [320, 240, 64, 48],
  [240, 320, 48, 64],
  [320, 240, 32, 32],
  [1, 1, 32, 32],
  [7, 3, 32, 32],
  [100, 37, 64, 23],
  [65, 65, 64, 65],
  [65, 65, 65, 64],
  [20, 30, 53, 71],
  [1000, 3, 64, 1],
  [3, 1000, 1, 64],
];

// The scalar passes are slow under vitest's module transform: the large cases take fewer variants.
test.each(cases)('%i×%i → %i×%i: SIMD = scalar for 1 to 4 channels, bicubic and Lanczos', (w, h, ow, oh) => {
  const large = w * h > 10_000;
  for (const channels of large ? [1, 3] : [1, 2, 3, 4])
    for (const kind of large ? (['edges'] as const) : (['noise', 'edges'] as const))
      for (const filter of [FILTERS.bicubic, FILTERS.lanczos]) {
        const src = plane(w, h, channels, kind);
        const copy = src.data.slice();
        const simd = pillowResize(src, ow, oh, filter);
        expect(simd).toEqual(pillowResizeScalar(src, ow, oh, filter));
        expect(src.data).toEqual(copy);
      }
});

test('a plane that grows the memory past what is kept, then a small one again', () => {
  const large = plane(2600, 2400, 3, 'noise'); // 18.7 MB
  expect(pillowResize(large, 64, 59, FILTERS.bicubic)).toEqual(pillowResizeScalar(large, 64, 59, FILTERS.bicubic));
  const small = plane(320, 240, 3, 'noise');
  expect(pillowResize(small, 64, 48, FILTERS.bicubic)).toEqual(pillowResizeScalar(small, 64, 48, FILTERS.bicubic));
});

test.each([
  [1, 1],
  [2, 3],
  // Around where the four-pixel loop stops: RGB loads 16 bytes for 12 (its last group starts
  // 6 pixels from the end), RGBA exactly 16 (4).
  [4, 1],
  [5, 1],
  [7, 1],
  [320, 240],
  [97, 13],
  [1000, 1],
])('%i×%i: the pixel pass equals the scalar passes, RGB and RGBA, noise, flat, gray and dark', (w, h) => {
  for (const channels of [3, 4]) {
    const planes: Plane[] = [plane(w, h, channels, 'noise'), plane(w, h, channels, 'edges')];
    const flat = plane(w, h, channels, 'noise');
    flat.data.fill(77);
    const gray = plane(w, h, channels, 'noise');
    for (let i = 0; i < gray.data.length; i += channels) gray.data[i + 1] = gray.data[i + 2] = gray.data[i]!;
    const dark = plane(w, h, channels, 'noise');
    for (let i = 0; i < dark.data.length; i++) dark.data[i] = dark.data[i]! % 20;
    planes.push(flat, gray, dark);
    for (const p of planes) {
      const simd = pixelMeasures(p);
      expect(simd).toEqual(pixelMeasuresScalar(p));
      expect(Object.is(simd.brightness.mean, pixelMeasuresScalar(p).brightness.mean)).toBe(true);
    }
    expect(pixelMeasures(gray).grayscale).toBe(true);
    expect(pixelMeasures(planes[0]!).grayscale).toBe(w * h === 1 ? pixelMeasuresScalar(planes[0]!).grayscale : false);
  }
});
