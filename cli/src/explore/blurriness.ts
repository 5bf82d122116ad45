// cleanvision's blurriness property, step by step as it runs in Pillow:
//   1. shrink so the longer side is ≤ 64: resize((max(w // r, 1), max(h // r, 1))), r = max(w, h) / 64,
//      with Pillow's default BICUBIC filter;
//   2. convert('L');
//   3. blurriness = sqrt(variance of gray.filter(FIND_EDGES)), FIND_EDGES being the 3×3 kernel
//      with 8 in the centre and −1 around it, the border rows and columns copied unfiltered;
//   4. grayscale_std = std of the 256 *bin counts* of gray.histogram() (not of the pixels).
import { FILTERS, pillowResize, type Plane } from './pillowResample.js';
import { pillowGray } from './pixels8.js';

export const MAX_RESOLUTION_FOR_BLURRY_DETECTION = 64;

export interface Blurriness {
  blurriness: number;
  grayscaleStd: number;
}

export function blurriness(plane: Plane): Blurriness {
  const gray = pillowGray(shrinkForBlur(plane));
  const edges = findEdges(gray);
  return { blurriness: Math.sqrt(populationVariance(edges.data)), grayscaleStd: histogramCountsStd(gray.data) };
}

/** Step 1: the size cleanvision resizes to, with Python's float floor division. */
export function blurSize(width: number, height: number): [number, number] {
  const ratio = Math.max(width, height) / MAX_RESOLUTION_FOR_BLURRY_DETECTION;
  if (!(ratio > 1)) return [width, height];
  return [Math.max(pythonFloorDiv(width, ratio), 1), Math.max(pythonFloorDiv(height, ratio), 1)];
}

function shrinkForBlur(plane: Plane): Plane {
  const [width, height] = blurSize(plane.width, plane.height);
  if (width === plane.width && height === plane.height) return plane;
  // Pillow resizes LA and RGBA images premultiplied by alpha (La, RGBa) and converts back.
  if (plane.channels === 2 || plane.channels === 4)
    return unpremultiply(pillowResize(premultiply(plane), width, height, FILTERS.bicubic));
  return pillowResize(plane, width, height, FILTERS.bicubic);
}

/** Pillow's rgbA2rgba: colour × alpha / 255 with MULDIV255 rounding. */
function premultiply(plane: Plane): Plane {
  const data = plane.data.slice();
  const a = plane.channels - 1;
  for (let i = 0; i < data.length; i += plane.channels) {
    const alpha = data[i + a]!;
    for (let c = 0; c < a; c++) {
      const t = data[i + c]! * alpha + 128;
      data[i + c] = ((t >> 8) + t) >> 8;
    }
  }
  return { ...plane, data };
}

/** Pillow's rgba2rgbA: colour × 255 / alpha (integer division), kept where alpha is 0 or 255. */
function unpremultiply(plane: Plane): Plane {
  const data = plane.data;
  const a = plane.channels - 1;
  for (let i = 0; i < data.length; i += plane.channels) {
    const alpha = data[i + a]!;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = 0; c < a; c++) data[i + c] = Math.min(255, Math.floor((255 * data[i + c]!) / alpha));
  }
  return plane;
}

/** CPython's float_floor_div for positive operands (x // y), which is not always floor(x / y). */
export function pythonFloorDiv(x: number, y: number): number {
  const mod = x % y;
  const div = (x - mod) / y;
  if (div === 0) return 0;
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return floor;
}

/** ImageFilter.FIND_EDGES on an 8-bit gray plane (Pillow's ImagingFilter3x3, one band). */
export function findEdges(gray: Plane): Plane {
  const { data, width, height } = gray;
  const out = data.slice();
  // Pillow's filter refuses nothing but reads no neighbours outside: a plane under 3×3 stays as is.
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const around =
        data[i - width - 1]! +
        data[i - width]! +
        data[i - width + 1]! +
        data[i - 1]! +
        data[i + 1]! +
        data[i + width - 1]! +
        data[i + width]! +
        data[i + width + 1]!;
      const sum = 8 * data[i]! - around;
      out[i] = sum <= 0 ? 0 : sum >= 255 ? 255 : sum;
    }
  }
  return { data: out, width, height, channels: 1 };
}

/** ImageStat.Stat(img).var[0]: from the histogram, sum2 / n − (sum / n)². */
function populationVariance(data: Uint8Array): number {
  const counts = new Float64Array(256);
  for (let i = 0; i < data.length; i++) counts[data[i]!]!++;
  let n = 0;
  let sum = 0;
  let sum2 = 0;
  for (let v = 0; v < 256; v++) {
    n += counts[v]!;
    sum += v * counts[v]!;
    sum2 += v * v * counts[v]!;
  }
  return n === 0 ? 0 : (sum2 - (sum * sum) / n) / n;
}

/** numpy.std(gray.histogram()): the population std of the 256 bin counts. */
function histogramCountsStd(data: Uint8Array): number {
  const counts = new Float64Array(256);
  for (let i = 0; i < data.length; i++) counts[data[i]!]!++;
  let mean = 0;
  for (let v = 0; v < 256; v++) mean += counts[v]!;
  mean /= 256;
  let squares = 0;
  for (let v = 0; v < 256; v++) squares += (counts[v]! - mean) ** 2;
  return Math.sqrt(squares / 256);
}
