// The Kernels interface backed by WebAssembly. Each call copies its input above the module's
// heap base, runs the kernel in place there and copies the result out, so callers never
// manage WebAssembly memory; gray 8-bit CLAHE does so a strip of rows at a time
// (claheInStrips). Memory grows to fit the largest call and is then reused.
import type { ClahePlan } from '../clahePlan.js';
import { TooLarge, type Kernels, type LightnessChannel, type Pixels } from '../kernels.js';
import { reflect101 } from '../twin/tileLut.js';
import {
  LAB_PLANE_BYTES,
  LUMINANCE_KERNELS,
  LUMINANCE_KERNELS_16,
  type Conversion16,
  type WasmExports,
} from './exports.js';
import { wasm } from './load.js';

const PAGE_BYTES = 65536;
/** Rows of a strip are at least a tile high, and at least this many bytes. */
const STRIP_BYTES = 2 ** 20;
/** WebAssembly's 32-bit memory: 65536 pages. */
const MEMORY_LIMIT = 2 ** 32;

// One constant per kernel, so that a bundle keeps only the kernels of the functions it imports
// (src/index.ts); wasmKernels gathers them for fastclahe/parallel.
export const histogramKernel: Kernels['histogram'] = (src, mask, bins) => {
  count(src, mask, bins, (module, srcAt, maskAt, binsAt) =>
    src instanceof Uint16Array
      ? module.histogram16(srcAt, src.length, maskAt, binsAt, bins.length)
      : module.histogram(srcAt, src.length, maskAt, binsAt),
  );
};

export const channelHistogramsKernel: Kernels['channelHistograms'] = (src, channels, selected, mask, bins) => {
  const pixels = src.length / channels;
  const levels = bins.length / selected.length;
  count(src, mask, bins, (module, srcAt, maskAt, binsAt) =>
    selected.forEach((channel, i) => {
      const channelAt = srcAt + channel * src.BYTES_PER_ELEMENT;
      const channelBins = binsAt + i * levels * Uint32Array.BYTES_PER_ELEMENT;
      if (src instanceof Uint16Array)
        module.channelHistogram16(channelAt, pixels, channels, maskAt, channelBins, levels);
      else module.channelHistogram(channelAt, pixels, channels, maskAt, channelBins);
    }),
  );
};

export const equalizeHistKernel: Kernels['equalizeHist'] = (src, dst, bitDepth, luminance) => {
  if (src instanceof Uint16Array) {
    const scratchBytes = wasm().equalizeHist16ScratchBytes(2 ** bitDepth) >>> 0;
    equalizePlane(src, dst, 2 ** bitDepth, scratchBytes, luminance, (module, plane, pixels, scratch) =>
      module.equalizeHist16(plane, plane, pixels, bitDepth, scratch),
    );
  } else {
    equalizePlane(src, dst, 256, 0, luminance, (module, plane, pixels) => module.equalizeHist(plane, plane, pixels));
  }
};

export const claheKernel: Kernels['clahe'] = (src, dst, plan, luminance) => {
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels } = plan;
  if (src instanceof Uint16Array) {
    const scratchBytes = wasm().clahe16ScratchBytes(width, tilesX, tilesY, levels);
    equalizePlane(src, dst, levels, scratchBytes, luminance, (module, plane, _pixels, scratch) =>
      module.clahe16(
        plane,
        plane,
        width,
        height,
        tilesX,
        tilesY,
        tileWidth,
        tileHeight,
        clipCount,
        lutScale,
        levels,
        scratch,
      ),
    );
  } else if (!luminance) {
    claheInStrips(src, dst as Uint8Array, plan);
  } else {
    const scratchBytes = wasm().claheScratchBytes(width, tilesX, tilesY);
    equalizePlane(src, dst, levels, scratchBytes, luminance, (module, plane, _pixels, scratch) =>
      module.clahe(plane, plane, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch),
    );
  }
};

export const convertKernel: Kernels['convert'] = (conversion, src, dst, { channels, bgr }) => {
  const module = wasm();
  const [at] = reserve(module, src.byteLength);
  viewAt(module, src, at).set(src);
  const kernel = src instanceof Uint16Array ? (`${conversion as Conversion16}16` as const) : conversion;
  module[kernel](at, at, src.length / channels, channels, bgr);
  dst.set(viewAt(module, src, at));
};

export const firstAboveKernel: Kernels['firstAbove'] = (src, limit) => {
  const module = wasm();
  const [at] = reserve(module, src.byteLength);
  viewAt(module, src, at).set(src);
  return module.firstAbove16(at, src.length, limit);
};

export const wasmKernels: Kernels = {
  histogram: histogramKernel,
  channelHistograms: channelHistogramsKernel,
  equalizeHist: equalizeHistKernel,
  clahe: claheKernel,
  convert: convertKernel,
  firstAbove: firstAboveKernel,
};

/**
 * 8-bit gray CLAHE in row strips: WebAssembly memory holds one strip of rows (a tile row, or
 * STRIP_BYTES if more) and the tables, never the whole image, so the working set is
 * O(width × tile height) and images beyond 4 GiB of it work, with the same bytes. The LUT pass
 * copies in each tile row's rows, those past the bottom reflected as the whole-image kernel
 * reads them; the interpolation pass copies each strip in, and its result out. `dst` may be
 * `src`: a strip is read before it is written, and the rows after it are not written yet.
 */
function claheInStrips(src: Uint8Array, dst: Uint8Array, plan: ClahePlan): void {
  const module = wasm();
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale } = plan;
  const stripRows = Math.min(Math.max(tileHeight, Math.ceil(STRIP_BYTES / width)), Math.max(height, tileHeight));
  const [strip, scratch] = reserve(module, stripRows * width, module.claheScratchBytes(width, tilesX, tilesY));
  for (let ty = 0; ty < tilesY; ty++) {
    const rows = new Uint8Array(module.memory.buffer, strip, tileHeight * width);
    const top = ty * tileHeight;
    const inside = Math.max(0, Math.min(tileHeight, height - top));
    rows.set(src.subarray(top * width, (top + inside) * width));
    for (let r = inside; r < tileHeight; r++) {
      const y = reflect101(top + r, height);
      rows.set(src.subarray(y * width, (y + 1) * width), r * width);
    }
    module.claheTileRow(strip, width, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch, ty);
  }
  for (let first = 0; first < height; first += stripRows) {
    const last = Math.min(first + stripRows, height);
    const rows = new Uint8Array(module.memory.buffer, strip, (last - first) * width);
    rows.set(src.subarray(first * width, last * width));
    module.claheRows(strip, strip, width, first, last, tilesX, tilesY, tileWidth, tileHeight, scratch);
    dst.set(rows, first * width);
  }
}

/** Copies `src` and `mask` into memory, lets `run` fill the bins, and copies them to `bins`. Mask 0 means none. */
function count(
  src: Pixels,
  mask: Uint8Array | undefined,
  bins: Uint32Array,
  run: (module: WasmExports, srcAt: number, maskAt: number, binsAt: number) => void,
): void {
  const module = wasm();
  const [srcAt, maskAt, binsAt] = reserve(module, src.byteLength, mask?.length ?? 0, bins.byteLength);
  viewAt(module, src, srcAt).set(src);
  if (mask) viewAt(module, mask, maskAt).set(mask);
  run(module, srcAt, mask ? maskAt : 0, binsAt);
  bins.set(new Uint32Array(module.memory.buffer, binsAt, bins.length));
}

/**
 * Copies `src` into memory, lets `run` equalize one plane in place, and copies the result to
 * `dst`. The plane is the image itself when it is gray; for a colour image it is the
 * `luminance` channel, extracted before and merged back after (capped below `levels`), all
 * inside WebAssembly.
 */
function equalizePlane(
  src: Pixels,
  dst: Pixels,
  levels: number,
  scratchBytes: number,
  luminance: LightnessChannel | undefined,
  run: (module: WasmExports, plane: number, pixels: number, scratch: number) => void,
): void {
  const module = wasm();
  const pixels = luminance ? src.length / luminance.channels : src.length;
  const planeBytes = luminance ? pixels * src.BYTES_PER_ELEMENT * (luminance.space === 'lab' ? LAB_PLANE_BYTES : 1) : 0;
  const [at, planeAt, scratch] = reserve(module, src.byteLength, planeBytes, scratchBytes);
  viewAt(module, src, at).set(src);
  if (luminance) {
    const { space, channels, bgr } = luminance;
    // Validation lets 16-bit colour through only as YCrCb.
    const [extract, merge] = src instanceof Uint16Array ? LUMINANCE_KERNELS_16.ycrcb : LUMINANCE_KERNELS[space];
    module[extract](at, planeAt, pixels, channels, bgr);
    run(module, planeAt, pixels, scratch);
    module[merge](at, planeAt, at, pixels, channels, bgr, levels - 1);
  } else {
    run(module, at, pixels, scratch);
  }
  dst.set(viewAt(module, src, at));
}

/**
 * Lays out blocks of the given sizes (16-byte aligned) above the heap base, growing memory to
 * fit. Sizes and offsets are exact doubles, checked against the 4 GiB limit before any kernel
 * runs, so no kernel is handed a block that wrapped round or lies past memory.
 */
export function reserve(module: WasmExports, ...sizes: number[]): number[] {
  let end = module.heapBase();
  const starts = sizes.map((size) => {
    const start = end;
    end = Math.ceil((start + size) / 16) * 16;
    return start;
  });
  if (end > MEMORY_LIMIT) throw new TooLarge(end);
  const missing = end - module.memory.buffer.byteLength;
  if (missing > 0) {
    try {
      module.memory.grow(Math.ceil(missing / PAGE_BYTES));
    } catch {
      throw new TooLarge(end); // the engine's own limit, or no memory left to commit
    }
  }
  return starts;
}

/**
 * A fresh view of `like`'s type at `start`, of `like`'s length or `length` elements (growing
 * memory detaches every view made before). Element views, not bytes, keep 16-bit pixels right
 * on any platform endianness.
 */
export function viewAt<T extends Pixels>(module: WasmExports, like: T, start: number, length = like.length): T {
  return (
    like instanceof Uint16Array
      ? new Uint16Array(module.memory.buffer, start, length)
      : new Uint8Array(module.memory.buffer, start, length)
  ) as T;
}
