// The plane a worker equalizes, for gray and colour images alike.
import type { LightnessChannel } from '../kernels.js';
import { LAB_PLANE_BYTES, LUMINANCE_KERNELS, LUMINANCE_KERNELS_16, type WasmExports } from '../wasm/exports.js';

/**
 * Where a worker turns pixels into the plane it equalizes and back: for a gray image the pixels
 * are the plane; for a colour one, the colour space's lightness plane (extracted and merged back
 * as the synchronous kernel does, assembly/colour.ts), band by band, since both are per pixel.
 */
export interface Planes {
  /** Values per pixel of the pixels. */
  channels: number;
  /** Samples per pixel of the plane area (Lab keeps a and b beside L for the merge). */
  planeBytes: number;
  /** Extracts the plane of `pixels` pixels at `at` into `plane` (gray: nothing to do, plane is at). */
  extract(at: number, plane: number, pixels: number): void;
  /** Merges the equalized plane back into the pixels at `at`. */
  merge(at: number, plane: number, pixels: number): void;
}

/**
 * The planes of 8-bit pixels, or of 16-bit ones (`sixteen`) with 2^bitDepth `levels`, merged
 * back capped at levels − 1 as the synchronous kernel does (validation lets 16-bit colour
 * through only as YCrCb).
 */
export function planesOf(
  module: WasmExports,
  luminance: LightnessChannel | undefined,
  sixteen = false,
  levels = 256,
): Planes {
  if (!luminance) return { channels: 1, planeBytes: 0, extract: () => undefined, merge: () => undefined };
  const { space, channels, bgr } = luminance;
  const [extract, merge] = sixteen ? LUMINANCE_KERNELS_16.ycrcb : LUMINANCE_KERNELS[space];
  return {
    channels,
    planeBytes: space === 'lab' ? LAB_PLANE_BYTES : 1,
    extract: (at, plane, pixels) => module[extract](at, plane, pixels, channels, bgr),
    merge: (at, plane, pixels) => module[merge](at, plane, at, pixels, channels, bgr, levels - 1),
  };
}
