// Thumbnails for the report page, written as files next to it (the page lazy-loads them): the
// image shrunk to fit `size`×`size`, JPEG (WebP when it has alpha; WebP's default effort costs
// eight times JPEG's, so it is used at effort 0), and for images worth it a CLAHE preview made
// with the library's clahe() on the thumbnail's pixels (default 8×8 tiles, clip limit 2).
// With `--thumbs auto` (the default) an original that a browser shows as it is and that is about
// thumbnail-sized is its own thumbnail: the page loads it through its path relative to the report,
// as the zoom does, and no file is written (on 320×240 JPEGs this was 4 of explore's 12 ms per image).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clahe } from 'fastclahe';
import sharp, { type Sharp } from 'sharp';
import type { Plane } from './pillowResample.js';

export interface ThumbnailOptions {
  /** An existing folder (the command makes it once, not per image). */
  dir: string;
  /** File name without extension. */
  name: string;
  size: number;
  /** Write the thumbnail; false when the page shows the original instead (the preview may still be wanted). */
  thumb?: boolean;
  preview: boolean;
}

/** `--thumbs`: `all` writes a thumbnail for every image (a report that moves without the dataset); `auto` does not for originals that can stand in. */
export type ThumbsMode = 'all' | 'auto';

/** Formats every browser shows from an <img> without help. */
const BROWSER_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);

/**
 * Above this, an original is not shown as its thumbnail even if small in pixels: a 256-px q75 JPEG
 * thumbnail is 10–20 KB, and a grid of thousands should not load ten times that per tile.
 */
export const MAX_ORIGINAL_THUMB_BYTES = 256 * 1024;

/**
 * Whether the original file can be shown as its own thumbnail: a browser format, 8-bit RGB or
 * gray (not CMYK), no EXIF rotation to apply, long side at most 2 × `size` and at most
 * MAX_ORIGINAL_THUMB_BYTES.
 */
export function originalIsThumbnail(
  image: {
    format: string;
    bitDepth: number;
    space: string;
    width: number;
    height: number;
    fileBytes: number;
    orientation: number | undefined;
  },
  size: number,
): boolean {
  return (
    BROWSER_FORMATS.has(image.format) &&
    image.bitDepth === 8 &&
    (image.space === 'srgb' || image.space === 'b-w') &&
    image.orientation === 1 &&
    Math.max(image.width, image.height) <= 2 * size &&
    image.fileBytes <= MAX_ORIGINAL_THUMB_BYTES
  );
}

const QUALITY = 75;

export async function writeThumbnails(
  plane: Plane,
  options: ThumbnailOptions,
): Promise<{ thumb?: string; preview?: string }> {
  const alpha = plane.channels === 2 || plane.channels === 4;
  const writeThumb = options.thumb !== false;
  const thumb = `${options.name}.${alpha ? 'webp' : 'jpg'}`;
  const shrunk = fromRaw(plane).resize(options.size, options.size, { fit: 'inside', withoutEnlargement: true });
  if (!options.preview) {
    if (!writeThumb) return {};
    await writeFile(join(options.dir, thumb), await encode(shrunk, plane.channels));
    return { thumb };
  }
  const { data, info } = await shrunk.raw().toBuffer({ resolveWithObject: true });
  const small: Plane = {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
    channels: info.channels,
  };
  const preview = `${options.name}-clahe.${alpha ? 'webp' : 'jpg'}`;
  await writeFile(join(options.dir, preview), await encode(fromRaw(equalized(small)), small.channels));
  if (!writeThumb) return { preview };
  await writeFile(join(options.dir, thumb), await encode(fromRaw(small), small.channels));
  return { thumb, preview };
}

function fromRaw(plane: Plane): Sharp {
  return sharp(plane.data, {
    raw: { width: plane.width, height: plane.height, channels: plane.channels as 1 | 2 | 3 | 4 },
  });
}

function encode(image: Sharp, channels: number): Promise<Buffer> {
  const coloured = image.toColourspace(channels <= 2 ? 'b-w' : 'srgb');
  return channels === 2 || channels === 4
    ? coloured.webp({ quality: QUALITY, effort: 0 }).toBuffer()
    : coloured.jpeg({ quality: QUALITY }).toBuffer();
}

/** clahe() on the preview: gray + alpha has no CLAHE in the library, so its gray is equalized alone. */
function equalized(plane: Plane): Plane {
  if (plane.channels !== 2)
    return {
      ...clahe({ data: plane.data, width: plane.width, height: plane.height }),
      channels: plane.channels,
    } as Plane;
  const gray = new Uint8Array(plane.width * plane.height);
  for (let p = 0; p < gray.length; p++) gray[p] = plane.data[p * 2]!;
  const out = clahe({ data: gray, width: plane.width, height: plane.height }).data;
  const merged = plane.data.slice();
  for (let p = 0; p < gray.length; p++) merged[p * 2] = out[p]!;
  return { ...plane, data: merged };
}
