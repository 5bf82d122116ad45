// The Kernels interface backed by WebAssembly. Each call copies its input above the module's
// heap base, runs the kernel in place there and copies the result out, so callers never
// manage WebAssembly memory. Memory grows to fit the largest call and is then reused.
import type { Kernels } from '../kernels.js';
import { invalid, Worded } from '../validate.js';
import { wasm, type WasmExports } from './instance.js';

const PAGE_BYTES = 65536;

export const wasmKernels: Kernels = {
  histogram(src, mask, bins) {
    const module = wasm();
    const [srcAt, maskAt, binsAt] = reserve(module, src.length, mask?.length ?? 0, bins.byteLength);
    bytesAt(module, srcAt, src.length).set(src);
    if (mask) bytesAt(module, maskAt, mask.length).set(mask);
    module.histogram(srcAt, src.length, mask ? maskAt : 0, binsAt);
    bins.set(new Uint32Array(module.memory.buffer, binsAt, bins.length));
  },
  equalizeHist(src, dst) {
    transformInPlace(src, dst, 0, (module, at) => module.equalizeHist(at, at, src.length));
  },
  clahe(src, dst, plan) {
    const scratchBytes = wasm().claheScratchBytes(plan.width, plan.tilesX, plan.tilesY) >>> 0;
    transformInPlace(src, dst, scratchBytes, (module, at, scratch) =>
      module.clahe(
        at, at, plan.width, plan.height, plan.tilesX, plan.tilesY,
        plan.tileWidth, plan.tileHeight, plan.clipCount, plan.lutScale, scratch,
      ),
    );
  },
};

/** Copies `src` into memory, lets `run` rewrite it in place, and copies the result to `dst`. */
function transformInPlace(
  src: Uint8Array,
  dst: Uint8Array,
  scratchBytes: number,
  run: (module: WasmExports, at: number, scratch: number) => void,
): void {
  const module = wasm();
  const [at, scratch] = reserve(module, src.length, scratchBytes);
  bytesAt(module, at, src.length).set(src);
  run(module, at, scratch);
  dst.set(bytesAt(module, at, src.length));
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

/** A fresh view: growing memory detaches every view made before. */
function bytesAt(module: WasmExports, start: number, length: number): Uint8Array {
  return new Uint8Array(module.memory.buffer, start, length);
}
