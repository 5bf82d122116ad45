// Thumbnails for the report page, written as files next to it (the page lazy-loads them): the
// image shrunk to fit `size`×`size`, JPEG (WebP when it has alpha; WebP's default effort costs
// eight times JPEG's, so it is used at effort 0), and for images worth it a CLAHE preview made
// with the library's clahe() on the thumbnail's pixels (default 8×8 tiles, clip limit 2).
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
  preview: boolean;
}

const QUALITY = 75;

export async function writeThumbnails(
  plane: Plane,
  options: ThumbnailOptions,
): Promise<{ thumb: string; preview?: string }> {
  const alpha = plane.channels === 2 || plane.channels === 4;
  const thumb = `${options.name}.${alpha ? 'webp' : 'jpg'}`;
  const shrunk = fromRaw(plane).resize(options.size, options.size, { fit: 'inside', withoutEnlargement: true });
  if (!options.preview) {
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
  await writeFile(join(options.dir, thumb), await encode(fromRaw(small), small.channels));
  await writeFile(join(options.dir, preview), await encode(fromRaw(equalized(small)), small.channels));
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
