// The display window of 16-bit pictures: screens show 8 bits, so levels from `low` to `high`
// are spread over 0..255 (below is black, above white), as medical viewers' window/level.
import type { Deep } from './pngDecode';

export type Window = [low: number, high: number];

/** The 8-bit display level of every 16-bit level: one lookup per sample when painting. */
export function windowTable([low, high]: Window): Uint8Array {
  const table = new Uint8Array(65536);
  const span = Math.max(high - low, 1);
  for (let level = 0; level < table.length; level++)
    table[level] = Math.round(((Math.min(Math.max(level, low), low + span) - low) * 255) / span);
  return table;
}

/** Paints a 16-bit image into `target` (RGBA) through `table`; alpha is scaled, not windowed. */
export function paintDeep(
  { data, channels }: Pick<Deep, 'data' | 'channels'>,
  table: Uint8Array,
  target: ImageData,
  bitDepth: number,
): void {
  const rgba = target.data;
  const alphaScale = 255 / (2 ** bitDepth - 1);
  for (let i = 0, j = 0; j < rgba.length; i += channels, j += 4) {
    if (channels === 1) {
      rgba[j] = rgba[j + 1] = rgba[j + 2] = table[data[i]!]!;
      rgba[j + 3] = 255;
    } else {
      rgba[j] = table[data[i]!]!;
      rgba[j + 1] = table[data[i + 1]!]!;
      rgba[j + 2] = table[data[i + 2]!]!;
      rgba[j + 3] = channels === 4 ? Math.round(data[i + 3]! * alphaScale) : 255;
    }
  }
}
