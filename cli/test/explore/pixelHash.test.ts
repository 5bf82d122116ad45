// explore's exact-duplicate key: XXH3-128 in WebAssembly against Python's xxhash
// (fixtures/xxh3-reference.json, made by cli/scripts/make-xxh3-reference.py), through windows
// of one block, three blocks and the default 1 MiB; and the key's contract on images.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { DecodedImage } from '../../src/io/decode.js';
import { HEADER_BYTES, pixelHash, WINDOW, xxh3Hex } from '../../src/explore/pixelHash.js';

const reference = JSON.parse(readFileSync(new URL('fixtures/xxh3-reference.json', import.meta.url), 'utf8')) as {
  digests: { length: number; seed: number; xxh3_128: string }[];
};

/** The script's messages. */
function message(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7 + (i >> 8) * 13 + seed * 31 + ((i * i) % 251)) & 255;
  return bytes;
}

test.each(reference.digests)(
  '$length bytes: the digest of Python xxhash, in any window',
  ({ length, seed, xxh3_128 }) => {
    const bytes = message(length, seed);
    for (const window of [1024, 3072, WINDOW]) expect(xxh3Hex([bytes], window)).toBe(xxh3_128);
    // Split anywhere into parts (the header and the samples): the same message.
    const cut = Math.floor(length / 3);
    expect(xxh3Hex([bytes.subarray(0, cut), bytes.subarray(cut)], 3072)).toBe(xxh3_128);
  },
);

test('messages of 240 bytes or fewer, and windows not of whole blocks, are refused', () => {
  expect(() => xxh3Hex([new Uint8Array(240)])).toThrow(RangeError);
  expect(() => xxh3Hex([new Uint8Array(5000)], 1000)).toThrow(RangeError);
});

function image(width: number, height: number, channels: number, data: Uint8Array | Uint16Array): DecodedImage {
  return { width, height, channels, bitDepth: data instanceof Uint16Array ? 16 : 8, data } as DecodedImage;
}

test('an image key is XXH3-128 of the zero-padded shape header and the samples', () => {
  const data = message(30, 5);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(new TextEncoder().encode('5x2x3x8\n'));
  expect(pixelHash(image(5, 2, 3, data))).toBe(xxh3Hex([header, data]));
  expect(pixelHash(image(5, 2, 3, data))).toMatch(/^[0-9a-f]{32}$/);
});

test('equal samples of another shape or depth have another key; a changed sample too', () => {
  const data = message(240, 1);
  const keys = [
    pixelHash(image(20, 4, 3, data)),
    pixelHash(image(4, 20, 3, data)),
    pixelHash(image(20, 3, 4, data)),
    pixelHash(image(20, 2, 3, new Uint16Array(data.buffer))),
  ];
  expect(new Set(keys).size).toBe(4);
  const changed = data.slice();
  changed[239] ^= 1;
  expect(pixelHash(image(20, 4, 3, changed))).not.toBe(keys[0]);
  expect(pixelHash(image(20, 4, 3, data.slice()))).toBe(keys[0]);
});

test('the key of a 16-bit image hashes its samples little-endian, as they are in memory', () => {
  const data = new Uint16Array([1, 2, 3, 65535, 256, 0]);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(new TextEncoder().encode('3x2x1x16\n'));
  expect(pixelHash(image(3, 2, 1, data))).toBe(xxh3Hex([header, new Uint8Array(data.buffer)]));
});
