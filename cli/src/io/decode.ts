// Reads an image file into pixels the library takes: the stored sample values (no ICC colour
// transform, as OpenCV's imread and Pillow give them), EXIF orientation applied, gray kept as one
// channel, 16-bit kept as 16-bit. Every failure is an Error whose message is the reason in words.
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_PIXELS } from './pixelLimit.js';
import sharp, { type Metadata } from 'sharp';
import { jpegHeader } from './jpegHeader.js';
import { reason } from './walk.js';

/** Decoded pixels, interleaved row by row. */
export interface Pixels {
  data: Uint8Array | Uint16Array;
  width: number;
  height: number;
  /** 1 gray, 2 gray + alpha, 3 RGB, 4 RGBA. */
  channels: 1 | 2 | 3 | 4;
  bitDepth: 8 | 16;
}

export interface DecodedImage extends Pixels {
  /** sharp's format name: jpeg, png, webp, tiff, gif, avif, heif. */
  format: string;
  fileBytes: number;
  /** The file's colour space as libvips names it (srgb, b-w, grey16, rgb16, cmyk, …). */
  space: string;
  isPalette: boolean;
  /** The embedded ICC profile, when the pixels are still in it (not for CMYK, which is converted to sRGB). */
  icc?: Uint8Array;
  /** The EXIF block ("Exif\0\0" + TIFF), when the file has one. */
  exif?: Uint8Array;
  /** Pixels per inch, when the file says. */
  density?: number;
  /** Frames or pages in the file; only the first is decoded. */
  pages: number;
}

export interface DecodeOptions {
  /** Refuse images with more pixels than this before decoding them (a decompression bomb). Default 2^28 (16384 × 16384). */
  maxPixels?: number;
  /** Decode the first frame of an animated or multi-page file instead of refusing it. */
  firstPage?: boolean;
  /**
   * Read a plain 8-bit gray or colour JPEG's header from its markers (jpegHeader.ts) instead of
   * sharp's metadata(): 0.3 ms less per 320×240 JPEG. The result then has no `icc` or `density`.
   */
  markerHeader?: boolean;
}

export async function decodeImage(
  path: string,
  { maxPixels = DEFAULT_MAX_PIXELS, firstPage = false, markerHeader = false }: DecodeOptions = {},
): Promise<DecodedImage> {
  let bytes: Buffer;
  try {
    // Synchronous: decodeImage runs in the pool's workers, and fs/promises' readFile took 0.15 ms
    // of a worker's JavaScript thread per small file (open, stat, read, close: four hand-offs)
    // where readFileSync takes 0.02 ms.
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read the file: ${reason(error)}`);
  }
  if (bytes.length === 0) throw new Error('empty file (0 bytes)');
  const meta: ImageHeader =
    (markerHeader ? jpegHeader(bytes) : undefined) ??
    (await sharp(bytes, { limitInputPixels: false })
      .metadata()
      .catch((error: unknown) => {
        throw new Error(sharpReason(error));
      }));
  const { width = 0, height = 0, format = 'unknown', space = 'unknown', depth = 'uchar' } = meta;
  const pages = meta.pages ?? 1;
  if (width * height > maxPixels) {
    throw new Error(
      `${width}×${height} is ${width * height} pixels, above the limit of ${maxPixels} (a decompression bomb?); raise --max-pixels to read it`,
    );
  }
  if (pages > 1 && !firstPage)
    throw new Error(`${format} with ${pages} frames or pages; only single images are supported`);
  if (depth !== 'uchar' && depth !== 'ushort')
    throw new Error(`${describeDepth(depth)} samples are not supported (8- and 16-bit only)`);
  const bitDepth = depth === 'ushort' ? 16 : 8;
  const gray = (meta.channels ?? 3) <= 2 && (space === 'b-w' || space === 'grey16');
  const keepsProfile = space !== 'cmyk' && space !== 'labs' && space !== 'lab';
  let pipeline = sharp(bytes, { limitInputPixels: false, failOn: 'warning' }).rotate();
  if (keepsProfile) pipeline = pipeline.keepIccProfile();
  if (bitDepth === 16) pipeline = pipeline.toColourspace(gray ? 'grey16' : 'rgb16');
  else if (gray && !meta.hasAlpha) pipeline = pipeline.toColourspace('b-w');
  const { data, info } = await pipeline
    .raw({ depth: bitDepth === 16 ? 'ushort' : 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw new Error(sharpReason(error));
    });
  let pixels: Uint8Array | Uint16Array =
    bitDepth === 16 ? asUint16(data) : new Uint8Array(data.buffer, data.byteOffset, data.length);
  let channels = info.channels as number;
  // 8-bit gray with alpha comes back as RGBA with R = G = B: keep gray and alpha.
  if (gray && bitDepth === 8 && channels === 4) {
    pixels = pickChannels(pixels as Uint8Array, 4, [0, 3]);
    channels = 2;
  }
  return {
    data: pixels,
    width: info.width,
    height: info.height,
    channels: channels as Pixels['channels'],
    bitDepth,
    format,
    fileBytes: bytes.length,
    space,
    isPalette: meta.isPalette ?? false,
    ...(keepsProfile && meta.icc ? { icc: new Uint8Array(meta.icc) } : {}),
    ...(meta.exif ? { exif: new Uint8Array(meta.exif) } : {}),
    ...(meta.density ? { density: meta.density } : {}),
    pages,
  };
}

/** What decodeImage reads of a header: sharp's metadata(), or jpegHeader()'s part of it. */
type ImageHeader = Pick<
  Metadata,
  | 'width'
  | 'height'
  | 'format'
  | 'space'
  | 'depth'
  | 'pages'
  | 'channels'
  | 'hasAlpha'
  | 'isPalette'
  | 'icc'
  | 'exif'
  | 'density'
>;

function asUint16(data: Buffer): Uint16Array {
  if (data.byteOffset % 2 === 0) return new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
  return new Uint16Array(new Uint8Array(data).buffer);
}

function pickChannels(data: Uint8Array, from: number, keep: number[]): Uint8Array {
  const pixels = data.length / from;
  const out = new Uint8Array(pixels * keep.length);
  for (let p = 0, o = 0; p < pixels; p++) for (const c of keep) out[o++] = data[p * from + c]!;
  return out;
}

function describeDepth(depth: string): string {
  const names: Record<string, string> = {
    float: '32-bit float',
    double: '64-bit float',
    int: '32-bit integer',
    uint: '32-bit integer',
    short: 'signed 16-bit',
    char: 'signed 8-bit',
    complex: 'complex',
    dpcomplex: 'complex',
  };
  return names[depth] ?? depth;
}

export const DAMAGED_FILE = 'truncated or corrupt file (the decoder found damaged or missing data)';

/**
 * The reason as we report it, the same on every run. libvips' messages name its internals
 * ("VipsJpeg: ..."); keep the useful part. libvips also keeps one error buffer per process, so
 * with several worker threads a damaged file's "premature end of JPEG image" is sometimes
 * replaced by the generic "Warning treated as error due to failOn setting": both say the data
 * is damaged or missing, and both become DAMAGED_FILE. So do libjpeg's "Corrupt JPEG data: …"
 * warnings (a garbled file's "bad Huffman code" came out either way from run to run).
 */
export function sharpReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).trim();
  if (/unsupported image format/i.test(message)) return 'not an image sharp can decode (unknown or unsupported format)';
  if (
    /premature end|truncated|unexpected end|not enough data|out of data|corrupt jpeg data|warning treated as error due to failOn/i.test(
      message,
    )
  )
    return DAMAGED_FILE;
  return `cannot decode: ${firstLine(message)}`;
}

function firstLine(text: string): string {
  return text
    .split('\n')[0]!
    .replace(/^Vips\w*:\s*/, '')
    .trim();
}
