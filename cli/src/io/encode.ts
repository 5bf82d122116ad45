// Writes pixels in a file format with sharp. PNG and TIFF are lossless at 8 and 16 bits; JPEG,
// WebP, AVIF and GIF store 8 bits (16-bit samples are rounded to v / 257) and JPEG has no alpha.
import sharp from 'sharp';
import type { Pixels } from './decode.js';
import type { OutputFormat } from './formats.js';

export interface EncodeOptions {
  /** JPEG, WebP and AVIF quality, 1–100. */
  quality: number;
  /** PNG deflate level, 0–9 (sharp has none for TIFF, which is written with deflate). */
  compression: number;
}

export async function encodeImage(
  pixels: Pixels,
  format: OutputFormat,
  { quality, compression }: EncodeOptions,
): Promise<Buffer> {
  const keeps16 = format === 'png' || format === 'tiff';
  const source = pixels.bitDepth === 16 && !keeps16 ? to8Bit(pixels.data as Uint16Array) : pixels.data;
  const deep = source instanceof Uint16Array;
  const gray = pixels.channels <= 2;
  let pipeline = sharp(source, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  // Without an explicit space sharp writes gray as RGB and 16-bit as 8-bit.
  pipeline = pipeline.toColourspace(gray ? (deep ? 'grey16' : 'b-w') : deep ? 'rgb16' : 'srgb');
  // No withMetadata(): it attaches an sRGB profile and converts through it, which changed 16-bit
  // gray samples by one level in tests; the pixels written must be exactly the ones given.
  switch (format) {
    case 'png':
      return pipeline.png({ compressionLevel: compression }).toBuffer();
    case 'tiff':
      return pipeline.tiff({ compression: 'deflate' }).toBuffer();
    case 'jpeg':
      // Standard Huffman tables, as libjpeg and OpenCV write by default: sharp's optimised
      // coding tripled the encode time of a 1080p photo (25 → 8 ms) for a few per cent of size.
      return pipeline.jpeg({ quality, optimiseCoding: false }).toBuffer();
    case 'webp':
      return pipeline.webp({ quality }).toBuffer();
    case 'avif':
      return pipeline.avif({ quality }).toBuffer();
    case 'gif':
      return pipeline.gif().toBuffer();
  }
}

function to8Bit(data: Uint16Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Math.round(data[i]! / 257);
  return out;
}
