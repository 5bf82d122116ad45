// sharpReason() gives one reason per kind of damage, whichever of libvips' messages a run gets.
import { expect, test } from 'vitest';
import { DAMAGED_FILE, sharpReason } from '../src/io/decode.js';

test.each([
  'VipsJpeg: Premature end of JPEG file',
  'VipsJpeg: Corrupt JPEG data: bad Huffman code',
  'VipsJpeg: Corrupt JPEG data: 12 extraneous bytes before marker 0xd9',
  'Warning treated as error due to failOn setting',
])('%s is a damaged file', (message) => {
  expect(sharpReason(new Error(message))).toBe(DAMAGED_FILE);
});

test('other messages keep their first line, without the libvips prefix', () => {
  expect(sharpReason(new Error('VipsJpeg: Unsupported JPEG process: SOF type 0xcb\nmore'))).toBe(
    'cannot decode: Unsupported JPEG process: SOF type 0xcb',
  );
});
