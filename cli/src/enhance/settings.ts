// What `enhance` does to each image's pixels, through the library: gray, RGB and RGBA as the
// library takes them; gray + alpha by equalizing the gray channel and copying alpha.
import { clahe, equalizeHist, type ColorSpace } from 'fastclahe';
import type { Pixels } from '../io/decode.js';

export interface EnhanceSettings {
  method: 'clahe' | 'equalize';
  clipLimit: number;
  /** Tile grid: [columns, rows]. */
  tiles: [number, number];
  /** Colour images' luminance channel; default the library's (HSV V for 8-bit, YCrCb Y for 16-bit). */
  colorSpace?: ColorSpace;
  /** Significant bits of 16-bit images (10, 12, 14 or 16); 8-bit images ignore it. */
  bitDepth?: 10 | 12 | 14 | 16;
}

/** Returns new pixels; `pixels` is not modified. */
export function enhancePixels(pixels: Pixels, settings: EnhanceSettings): Pixels {
  if (pixels.channels === 2) return enhanceGrayAlpha(pixels, settings);
  const image = { data: pixels.data, width: pixels.width, height: pixels.height };
  const options = {
    ...(pixels.channels >= 3 && settings.colorSpace ? { colorSpace: settings.colorSpace } : {}),
    ...(pixels.bitDepth === 16 && settings.bitDepth ? { bitDepth: settings.bitDepth } : {}),
  };
  const result =
    settings.method === 'clahe'
      ? clahe(image, { ...options, clipLimit: settings.clipLimit, tileGridSize: settings.tiles })
      : equalizeHist(image, options);
  return { ...pixels, data: result.data };
}

function enhanceGrayAlpha(pixels: Pixels, settings: EnhanceSettings): Pixels {
  const count = pixels.width * pixels.height;
  const gray = pixels.data instanceof Uint16Array ? new Uint16Array(count) : new Uint8Array(count);
  for (let i = 0; i < count; i++) gray[i] = pixels.data[2 * i]!;
  const enhanced = enhancePixels({ ...pixels, data: gray, channels: 1 }, settings).data;
  const data = pixels.data.slice();
  for (let i = 0; i < count; i++) data[2 * i] = enhanced[i]!;
  return { ...pixels, data };
}
