// Everything explore measures pixel by pixel on the full image, in one pass: Pillow's gray
// (convert('L')), Pillow's img.histogram() (the entropy's), the brightness statistics and whether
// R = G = B. For RGB and RGBA this runs in WebAssembly (cli/assembly/pixelPass.ts: the pass and
// the percentiles' second pass); the separate scalar functions are its twin, and run for gray
// planes (whose passes are cheap), planes over 32 MB and engines without SIMD. On 320×240 JPEGs
// the four scalar passes took about 1.6 ms of the 2.8 ms measure() had left.
import { histogram } from 'fastclahe';
import {
  brightnessStats,
  COARSE_BUCKETS,
  colourSums,
  COARSE_SHIFT,
  MAX_SLOTS,
  statsFromKeys,
  type BrightnessStats,
} from './brightness.js';
import { exploreKernels, Layout, MAX_INPUT_BYTES, releaseLargeMemory } from './exploreKernels.js';
import type { Plane } from './pillowResample.js';
import { isGrayscale, pillowGray } from './pixels8.js';

export interface PixelMeasures {
  /** Pillow's convert('L'). */
  gray: Plane;
  /** Pillow's img.histogram(): 256 bins per channel, one channel after another. */
  channelHistograms: Uint32Array;
  brightness: BrightnessStats;
  /** One channel (plus alpha), or R = G = B in every pixel of these 8-bit samples. */
  grayscale: boolean;
}

export function pixelMeasures(plane: Plane): PixelMeasures {
  return (plane.channels >= 3 && pixelMeasuresSimd(plane)) || pixelMeasuresScalar(plane);
}

/** The same measures by the scalar passes (the SIMD pass's twin). */
export function pixelMeasuresScalar(plane: Plane): PixelMeasures {
  return {
    gray: pillowGray(plane),
    channelHistograms: channelHistograms(plane),
    brightness: brightnessStats(plane),
    grayscale: isGrayscale(plane),
  };
}

function channelHistograms(plane: Plane): Uint32Array {
  if (plane.channels !== 2) return histogram(plane);
  const bins = new Uint32Array(512);
  for (let i = 0; i < plane.data.length; i += 2) {
    bins[plane.data[i]!]!++;
    bins[256 + plane.data[i + 1]!]!++;
  }
  return bins;
}

/** An RGB or RGBA plane's measures in WebAssembly, or undefined when it cannot run them. */
function pixelMeasuresSimd(plane: Plane): PixelMeasures | undefined {
  const { data, width, height, channels } = plane;
  const pixels = width * height;
  if (pixels === 0 || data.length > MAX_INPUT_BYTES) return undefined;
  const k = exploreKernels();
  if (!k) return undefined;
  const fineSize = 1 << COARSE_SHIFT;
  const layout = new Layout(k);
  const src = layout.take(data.length);
  const gray = layout.take(pixels);
  const bins = layout.take(channels * 256 * 4);
  const keys = layout.take(pixels * 4);
  const coarse = layout.take(COARSE_BUCKETS * 4);
  const sums = layout.take(32);
  const buckets = layout.take(MAX_SLOTS * 4);
  // Per wish (at most MAX_SLOTS): its slot, its rank inside the slot, the pixel found.
  const wishes = layout.take(MAX_SLOTS * 12);
  const counts = layout.take(MAX_SLOTS * fineSize * 4);
  const example = layout.take(MAX_SLOTS * fineSize * 4);
  layout.commit();
  const buffer = k.memory.buffer;
  new Uint8Array(buffer).set(data, src);
  new Uint32Array(buffer, bins, channels * 256).fill(0);
  const coarseCounts = new Uint32Array(buffer, coarse, COARSE_BUCKETS).fill(0);
  k.pixelPass(src, pixels, channels, gray, bins, keys, coarse, sums);
  const [root0, sumD, sumD2] = new Float64Array(buffer, sums, 3);
  const summary = { coarse: coarseCounts, ...colourSums(root0!, sumD!, sumD2!) };
  const brightness = statsFromKeys(plane, summary, (wanted, _shift, wishSlots, wishInside) => {
    const n = wishSlots.length;
    new Int32Array(buffer, buckets, wanted.length).set(wanted);
    new Uint32Array(buffer, counts, wanted.length * fineSize).fill(0);
    new Int32Array(buffer, wishes, n).set(wishSlots);
    new Int32Array(buffer, wishes + MAX_SLOTS * 4, n).set(wishInside);
    const found = wishes + MAX_SLOTS * 8;
    k.fineCounts(keys, pixels, buckets, wanted.length, counts, example, wishes, wishes + MAX_SLOTS * 4, n, found);
    return new Int32Array(buffer, found, n).slice();
  });
  const measures: PixelMeasures = {
    gray: { data: new Uint8Array(buffer, gray, pixels).slice(), width, height, channels: 1 },
    channelHistograms: new Uint32Array(buffer, bins, channels * 256).slice(),
    brightness,
    grayscale: new Int32Array(buffer, sums + 24, 1)[0] === 0,
  };
  releaseLargeMemory();
  return measures;
}
