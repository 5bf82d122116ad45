// What the colour sweeps (scripts/check-hsv.mjs, scripts/check-lab.mjs) share: a build's kernels
// instantiated with room for every 24-bit colour, those colours as pixels, and a byte comparison
// that names the first difference.
import { readFileSync } from 'node:fs';

/** Every 24-bit value: the pixels of one sweep. */
export const N = 1 << 24;

/** A build (a .wasm path) instantiated with src, plane and dst regions of 4·N bytes each. */
export function instantiate(path) {
  /** @type {any} the kernels' exports, called as src/wasm/wasmKernels.ts calls them */
  const module = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(path)), {}).exports;
  // src, plane, dst, each room for 4 channels.
  const base = Math.ceil(module.heapBase() / 16) * 16;
  const need = base + 3 * 4 * N;
  module.memory.grow(Math.ceil((need - module.memory.buffer.byteLength) / 65536));
  return {
    module,
    src: base,
    plane: base + 4 * N,
    dst: base + 8 * N,
    bytes: (at, length) => new Uint8Array(module.memory.buffer, at, length),
  };
}

/** Every 24-bit value once, as `channels`-channel pixels (alpha a hash), channel order as given. */
export function allColours(channels) {
  const data = new Uint8Array(N * channels);
  for (let i = 0, o = 0; i < N; i++, o += channels) {
    data[o] = i & 255;
    data[o + 1] = (i >> 8) & 255;
    data[o + 2] = i >> 16;
    if (channels === 4) data[o + 3] = Math.imul(i, 2654435761) >>> 24;
  }
  return data;
}

/** Throws naming the first byte where `a` and `b` differ. */
export function same(a, b, what) {
  if (Buffer.compare(a, b) !== 0) {
    const i = a.findIndex((v, k) => v !== b[k]);
    throw new Error(`${what}: first difference at byte ${i}: ${a[i]} vs ${b[i]}`);
  }
}
