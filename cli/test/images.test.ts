// The test helpers' PNG round trip must be lossless for every layout the CLI tests use.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readPng, syntheticImage, writePng } from './helpers/images.js';

test.each([
  [1, 8],
  [2, 8],
  [3, 8],
  [4, 8],
  [1, 16],
  [2, 16],
  [3, 16],
  [4, 16],
] as const)('pngjs round trip: %i channels, %i-bit', (channels, bitDepth) => {
  const image = syntheticImage(17, 9, channels, bitDepth, 3);
  const path = join(mkdtempSync(join(tmpdir(), 'fastclahe-png-')), 'image.png');
  writePng(path, image);
  expect(readPng(path, channels)).toEqual(image);
});
