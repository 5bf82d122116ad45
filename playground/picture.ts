// Reads a file into what the playground works on: 16-bit PNGs as their 16-bit samples (the
// browser alone would give 8 bits), everything else as the browser decodes it, to RGBA.
import { decodePng16, isPng16, type Deep } from './pngDecode';
import { decode } from './pixels';

export type Picture = { deep: false; pixels: ImageData } | { deep: true; pixels: Deep; maxLevel: number };

/** Decodes `source`; a failure is an Error whose message says why in words. */
export async function readPicture(source: Blob): Promise<Picture> {
  const bytes = new Uint8Array(await source.arrayBuffer());
  if (bytes.length === 0) throw new Error('the file is empty');
  if (isPng16(bytes)) {
    const pixels = await decodePng16(bytes);
    return { deep: true, pixels, maxLevel: maxLevel(pixels.data) };
  }
  try {
    return { deep: false, pixels: await decode(source) };
  } catch {
    // Chromium's reason is "The source image could not be decoded." whatever went wrong.
    throw new Error(`it is not an image this browser can decode (${source.type || 'unknown type'})`);
  }
}

function maxLevel(data: Uint16Array): number {
  let max = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! > max) max = data[i]!;
  return max;
}
