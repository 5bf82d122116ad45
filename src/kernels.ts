import type { ClahePlan } from './clahePlan.js';

/** Pixels as the kernels take them: 8-bit data as Uint8Array (a Uint8ClampedArray is viewed as one). */
export type Pixels = Uint8Array | Uint16Array;

/**
 * The kernels behind the public functions, after validation. Two implementations give the
 * same bytes: WebAssembly (src/wasm/kernels.ts) and the pure-TypeScript twin (src/twin/).
 * `dst` may be `src`: every kernel reads a pixel before writing the same position.
 * `bitDepth` is 8 for Uint8Array pixels; for Uint16Array pixels every value is below 2^bitDepth.
 */
export interface Kernels {
  /** Counts into `bins`, one per level (256, or 2^bitDepth for 16-bit pixels). */
  histogram(src: Pixels, mask: Uint8Array | undefined, bins: Uint32Array): void;
  equalizeHist(src: Pixels, dst: Pixels, bitDepth: number): void;
  clahe(src: Pixels, dst: Pixels, plan: ClahePlan): void;
  /** Index of the first value above `limit`, or -1. */
  firstAbove(src: Uint16Array, limit: number): number;
}
