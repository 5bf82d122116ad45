// Gray 8-bit CLAHE in the WebAssembly build runs in row strips (src/wasm/wasmKernels.ts): the
// LUT pass takes one tile row of rows at a time, the interpolation pass one strip. Every gray
// CLAHE test runs through it; these add images of many strips, bottom rows reflected into a
// tile row, in place, and the bound on WebAssembly memory.
import { vi, describe, expect, it } from 'vitest';
import * as twin from 'fastclahe/js';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';

const noise = (width: number, height: number) => {
  const data = new Uint8Array(width * height);
  let state = 12345;
  for (let i = 0; i < data.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    data[i] = ((state >>> 24) >> 1) + ((i % width) >> 4); // noise plus a ramp, so tiles differ
  }
  return { data, width, height };
};

describe.each(BACKENDS.slice(0, 2))('%s: gray CLAHE in row strips', (_, fastclahe) => {
  const image = noise(2051, 1537); // strips of 512 rows (1 MiB), or a tile row when taller
  it.each([[[8, 8]], [[3, 7]], [[1, 1]], [[5, 64]], [[64, 2]], [[500, 400]]] as const)(
    "tileGridSize %j: the twin's bytes",
    (grid) => {
      const options = { tileGridSize: grid, clipLimit: 3 };
      expect(sameBytes(fastclahe.clahe(image, options).data, twin.clahe(image, options).data)).toBe('');
    },
  );

  it('in place', () => {
    const copy = { ...image, data: image.data.slice() };
    fastclahe.clahe(copy, { output: copy });
    expect(sameBytes(copy.data, twin.clahe(image).data)).toBe('');
  });
});

it('holds a strip and tables in WebAssembly memory, not the image', async () => {
  vi.resetModules();
  const fresh: typeof import('fastclahe') = await import('fastclahe');
  fresh.clahe(noise(4000, 3000)); // 12 MB; tiles 500 rows high: a 2 MB strip
  expect(fresh.wasmInfo().memoryBytes).toBeLessThan(3 * 2 ** 20);
});
