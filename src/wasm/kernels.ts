// The Kernels interface backed by WebAssembly. Each call copies its input above the module's
// heap base, runs the kernel in place there and copies the result out, so callers never
// manage WebAssembly memory. Memory grows to fit the largest call and is then reused.
import type { Kernels, Pixels } from '../kernels.js';
import { invalid, Worded } from '../validate.js';
import { wasm, type WasmExports } from './instance.js';

const PAGE_BYTES = 65536;

export const wasmKernels: Kernels = {
  histogram(src, mask, bins) {
    const module = wasm();
    const [at, maskAt, binsAt] = reserve(module, src.byteLength, mask?.length ?? 0, bins.byteLength);
    viewAt(module, src, at).set(src);
    if (mask) viewAt(module, mask, maskAt).set(mask);
    const maskPointer = mask ? maskAt : 0;
    if (src instanceof Uint16Array) module.histogram16(at, src.length, maskPointer, binsAt, bins.length);
    else module.histogram(at, src.length, maskPointer, binsAt);
    bins.set(new Uint32Array(module.memory.buffer, binsAt, bins.length));
  },
  equalizeHist(src, dst, bitDepth) {
    if (src instanceof Uint16Array) {
      const scratchBytes = wasm().equalizeHist16ScratchBytes(2 ** bitDepth) >>> 0;
      transformInPlace(src, dst, scratchBytes, (module, at, scratch) => module.equalizeHist16(at, at, src.length, bitDepth, scratch));
    } else {
      transformInPlace(src, dst, 0, (module, at) => module.equalizeHist(at, at, src.length));
    }
  },
  clahe(src, dst, plan) {
    const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels } = plan;
    if (src instanceof Uint16Array) {
      const scratchBytes = wasm().clahe16ScratchBytes(width, tilesX, tilesY, levels) >>> 0;
      transformInPlace(src, dst, scratchBytes, (module, at, scratch) =>
        module.clahe16(at, at, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels, scratch));
    } else {
      const scratchBytes = wasm().claheScratchBytes(width, tilesX, tilesY) >>> 0;
      transformInPlace(src, dst, scratchBytes, (module, at, scratch) =>
        module.clahe(at, at, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch));
    }
  },
  firstAbove(src, limit) {
    const module = wasm();
    const [at] = reserve(module, src.byteLength);
    viewAt(module, src, at).set(src);
    return module.firstAbove16(at, src.length, limit);
  },
};

/** Copies `src` into memory, lets `run` rewrite it in place, and copies the result to `dst`. */
function transformInPlace(
  src: Pixels,
  dst: Pixels,
  scratchBytes: number,
  run: (module: WasmExports, at: number, scratch: number) => void,
): void {
  const module = wasm();
  const [at, scratch] = reserve(module, src.byteLength, scratchBytes);
  viewAt(module, src, at).set(src);
  run(module, at, scratch);
  dst.set(viewAt(module, src, at));
}

/** Lays out blocks of the given sizes (16-byte aligned) above the heap base, growing memory to fit. */
function reserve(module: WasmExports, ...sizes: number[]): number[] {
  let end = module.heapBase();
  const starts = sizes.map((size) => {
    const start = end;
    end = Math.ceil((start + size) / 16) * 16;
    return start;
  });
  const missing = end - module.memory.buffer.byteLength;
  if (missing > 0) {
    try {
      module.memory.grow(Math.ceil(missing / PAGE_BYTES));
    } catch {
      invalid(RangeError, 'fastclahe', 'image', 'an image whose working set fits in WebAssembly memory (4 GiB at most)',
        new Worded(`one that needs ${(end / 2 ** 20).toFixed(0)} MiB`));
    }
  }
  return starts;
}

/**
 * A fresh view of `like`'s type and length at `start` (growing memory detaches every view
 * made before). Element views, not bytes, keep 16-bit pixels right on any platform endianness.
 */
function viewAt<T extends Pixels>(module: WasmExports, like: T, start: number): T {
  return (like instanceof Uint16Array
    ? new Uint16Array(module.memory.buffer, start, like.length)
    : new Uint8Array(module.memory.buffer, start, like.length)) as T;
}
