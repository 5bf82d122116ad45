// jpegHeader() must report what sharp's metadata() reports for the JPEGs it reads, and leave to
// sharp every JPEG it does not (it returns undefined for them).
import sharp, { type Sharp } from 'sharp';
import { describe, expect, test } from 'vitest';
import { jpegHeader } from '../src/io/jpegHeader.js';

/** A noisy RGB image, so the JPEGs are not trivial. */
function raw(width: number, height: number, channels: 1 | 3 | 4): Sharp {
  const data = Buffer.alloc(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 37 + (i >> 5) * 11) & 255;
  return sharp(data, { raw: { width, height, channels } });
}

/** An APP1 Exif block with IFD0 holding only the orientation tag. */
function exifBlock(orientation: number): Buffer {
  const tiff = Buffer.from([
    0x49,
    0x49,
    0x2a,
    0x00,
    0x08,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x12,
    0x01,
    0x03,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255]);
  return Buffer.concat([length, payload]);
}

/** The file with `segment` inserted right after SOI. */
function withSegment(jpeg: Buffer, segment: Buffer): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

const cases: [string, () => Promise<Buffer>][] = [
  ['baseline colour', () => raw(40, 24, 3).jpeg().toBuffer()],
  ['progressive colour', () => raw(33, 17, 3).jpeg({ progressive: true }).toBuffer()],
  ['gray', () => raw(24, 40, 1).toColourspace('b-w').jpeg().toBuffer()],
  ['with an ICC profile', () => raw(16, 16, 3).withIccProfile('p3').jpeg().toBuffer()],
  ['with EXIF orientation 6', async () => withSegment(await raw(30, 20, 3).jpeg().toBuffer(), exifBlock(6))],
  ['with EXIF written by sharp', () => raw(30, 20, 3).withMetadata({ orientation: 3 }).jpeg().toBuffer()],
];

describe('jpegHeader', () => {
  test.each(cases)('%s: the fields sharp.metadata() gives', async (_name, make) => {
    const bytes = await make();
    const header = jpegHeader(bytes);
    expect(header).toBeDefined();
    const meta = await sharp(bytes).metadata();
    expect(header).toEqual({
      format: meta.format,
      width: meta.width,
      height: meta.height,
      space: meta.space,
      depth: meta.depth,
      channels: meta.channels,
      hasAlpha: meta.hasAlpha,
      isPalette: meta.isPalette ?? false,
      ...(meta.exif ? { exif: meta.exif } : {}),
    });
    expect(meta.pages ?? 1).toBe(1);
  });

  test('leaves CMYK, other formats, two Exif blocks, stray bytes and truncated headers to sharp', async () => {
    const colour = await raw(20, 20, 3).jpeg().toBuffer();
    const cmyk = await raw(20, 20, 3).toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    expect(jpegHeader(cmyk)).toBeUndefined();
    expect(jpegHeader(await raw(20, 20, 3).png().toBuffer())).toBeUndefined();
    expect(jpegHeader(withSegment(withSegment(colour, exifBlock(1)), exifBlock(6)))).toBeUndefined();
    expect(jpegHeader(withSegment(colour, Buffer.from([0x00, 0x00])))).toBeUndefined();
    expect(jpegHeader(colour.subarray(0, 40))).toBeUndefined();
    expect(jpegHeader(Buffer.alloc(0))).toBeUndefined();
  });
});
