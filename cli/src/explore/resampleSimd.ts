// pillowResize on explore's WebAssembly SIMD passes (cli/assembly/pillowResample.ts): the plane
// is copied into the module's memory, split into one plane per channel, resampled there and
// interleaved back. Same bytes as the scalar passes in pillowResample.ts, about four times
// faster (the blur score's BICUBIC shrink and the pHash's LANCZOS shrink were half of explore's
// measuring time on 320×240 JPEGs).
import { align, exploreKernels, Layout, MAX_INPUT_BYTES, releaseLargeMemory } from './exploreKernels.js';
import type { Coefficients, Plane } from './pillowResample.js';

/** The horizontal weights as the kernel reads them: per output, `taps` i16 hi parts then `taps` lo parts. */
interface SplitWeights {
  taps: number;
  weights: Int16Array;
}
const split = new WeakMap<Coefficients, SplitWeights>();

function splitWeights(c: Coefficients): SplitWeights {
  let found = split.get(c);
  if (!found) {
    const taps = Math.ceil(c.ksize / 8) * 8;
    const outputs = c.bounds.length / 2;
    const weights = new Int16Array(outputs * taps * 2);
    for (let o = 0; o < outputs; o++) {
      for (let x = 0; x < c.ksize; x++) {
        const w = c.kk[o * c.ksize + x]!;
        weights[o * taps * 2 + x] = w >> 11;
        weights[o * taps * 2 + taps + x] = w & 2047;
      }
    }
    found = { taps, weights };
    split.set(c, found);
  }
  return found;
}

/** pillowResize's passes in WebAssembly, or undefined when it cannot run them (then the caller's scalar passes do). */
export function resizeSimd(
  src: Plane,
  width: number,
  height: number,
  horizontal: Coefficients | undefined,
  vertical: Coefficients,
): Plane | undefined {
  const { channels } = src;
  const inputBytes = src.width * src.height * channels;
  if (inputBytes > MAX_INPUT_BYTES) return undefined;
  const k = exploreKernels();
  if (!k) return undefined;
  const h = horizontal && splitWeights(horizontal);
  const firstRow = horizontal ? vertical.bounds[0]! : 0;
  const rows = horizontal ? vertical.bounds[height * 2 - 2]! + vertical.bounds[height * 2 - 1]! - firstRow : src.height;
  // The passes read up to `taps` bytes past a plane's last row, and read and write up to 15.
  const planeBytes = align(src.width * src.height + (h?.taps ?? 0) + 16);
  const hPlaneBytes = align(width * rows + 16);
  const vPlaneBytes = align(width * height + 16);
  const layout = new Layout(k);
  const input = channels > 1 ? layout.take(inputBytes) : 0;
  const planes = layout.take(planeBytes * channels);
  const hBounds = horizontal ? layout.take(horizontal.bounds.byteLength) : 0;
  const hWeights = h ? layout.take(h.weights.byteLength) : 0;
  const vBounds = layout.take(vertical.bounds.byteLength);
  const vWeights = layout.take(vertical.kk.byteLength);
  const hOut = horizontal ? layout.take(hPlaneBytes * channels) : 0;
  const vOut = height !== src.height ? layout.take(vPlaneBytes * channels) : 0;
  layout.commit();
  const heap = new Uint8Array(k.memory.buffer);
  if (channels === 1) heap.set(src.data, planes);
  else {
    heap.set(src.data, input);
    k.deinterleave(input, src.width * src.height, channels, planes, planeBytes);
  }
  let current = planes;
  let currentBytes = planeBytes;
  let currentWidth = src.width;
  if (horizontal && h) {
    new Int32Array(k.memory.buffer, hBounds, horizontal.bounds.length).set(horizontal.bounds);
    new Int16Array(k.memory.buffer, hWeights, h.weights.length).set(h.weights);
    for (let c = 0; c < channels; c++)
      k.horizontal(
        planes + c * planeBytes + firstRow * src.width,
        src.width,
        rows,
        width,
        hBounds,
        hWeights,
        h.taps,
        hOut + c * hPlaneBytes,
      );
    current = hOut;
    currentBytes = hPlaneBytes;
    currentWidth = width;
  }
  if (height !== src.height) {
    new Int32Array(k.memory.buffer, vBounds, vertical.bounds.length).set(vertical.bounds);
    new Int32Array(k.memory.buffer, vWeights, vertical.kk.length).set(vertical.kk);
    for (let c = 0; c < channels; c++)
      k.vertical(
        current + c * currentBytes,
        currentWidth,
        height,
        vBounds,
        vWeights,
        vertical.ksize,
        firstRow,
        vOut + c * vPlaneBytes,
      );
    current = vOut;
    currentBytes = vPlaneBytes;
  }
  const pixels = width * height;
  const out = new Uint8Array(pixels * channels);
  const result = new Uint8Array(k.memory.buffer);
  if (channels === 1) out.set(result.subarray(current, current + pixels));
  else
    for (let c = 0; c < channels; c++) {
      const plane = current + c * currentBytes;
      for (let p = 0, o = c; p < pixels; p++, o += channels) out[o] = result[plane + p]!;
    }
  releaseLargeMemory();
  return { data: out, width, height, channels };
}
