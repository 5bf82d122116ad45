import type { ClahePlan } from './clahePlan.js';

/**
 * The kernels behind the public functions, after validation. Two implementations give the
 * same bytes: WebAssembly (src/wasm/kernels.ts) and the pure-TypeScript twin (src/twin/).
 * `dst` may be `src`: every kernel reads a pixel before writing the same position.
 */
export interface Kernels {
  histogram(src: Uint8Array, mask: Uint8Array | undefined, bins: Uint32Array): void;
  equalizeHist(src: Uint8Array, dst: Uint8Array): void;
  clahe(src: Uint8Array, dst: Uint8Array, plan: ClahePlan): void;
}
