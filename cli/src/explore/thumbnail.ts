// Thumbnails for the report page, written as files next to it (the page lazy-loads them):
// the image shrunk to fit `size`×`size`, and for images worth it a CLAHE preview made with the
// library's clahe() on the thumbnail's pixels (the default 8×8 tiles, clip limit 2).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clahe } from 'fastclahe';
import sharp from 'sharp';
import type { Plane } from './pillowResample.js';

export interface ThumbnailOptions {
  dir: string;
  /** File name without extension. */
  name: string;
  size: number;
  preview: boolean;
}

const QUALITY = 75;

export async function writeThumbnails(plane: Plane, options: ThumbnailOptions): Promise<{ thumb: string; preview?: string }> {
  await mkdir(options.dir, { recursive: true });
  const { data, info } = await sharp(plane.data, { raw: { width: plane.width, height: plane.height, channels: plane.channels as 1 | 2 | 3 | 4 } })
    .resize(options.size, options.size, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const small: Plane = { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
  const thumb = `${options.name}.webp`;
  await writeFile(join(options.dir, thumb), await encode(small));
  if (!options.preview) return { thumb };
  const preview = `${options.name}-clahe.webp`;
  await writeFile(join(options.dir, preview), await encode(equalized(small)));
  return { thumb, preview };
}

function encode(plane: Plane): Promise<Buffer> {
  return sharp(plane.data, { raw: { width: plane.width, height: plane.height, channels: plane.channels as 1 | 2 | 3 | 4 } })
    .toColourspace(plane.channels <= 2 ? 'b-w' : 'srgb')
    .webp({ quality: QUALITY })
    .toBuffer();
}

/** clahe() on the preview: gray + alpha has no CLAHE in the library, so its gray is equalized alone. */
function equalized(plane: Plane): Plane {
  if (plane.channels !== 2) return { ...clahe({ data: plane.data, width: plane.width, height: plane.height }), channels: plane.channels } as Plane;
  const gray = new Uint8Array(plane.width * plane.height);
  for (let p = 0; p < gray.length; p++) gray[p] = plane.data[p * 2]!;
  const out = clahe({ data: gray, width: plane.width, height: plane.height }).data;
  const merged = plane.data.slice();
  for (let p = 0; p < gray.length; p++) merged[p * 2] = out[p]!;
  return { ...plane, data: merged };
}
