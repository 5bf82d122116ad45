// The public operations, written once over the Kernels interface: reading and checking the
// inputs, defaults and result allocation live here (the options' types are in options.ts);
// src/index.ts binds them to WebAssembly, src/js.ts to the twin.
import { planClahe } from './clahePlan.js';
import {
  checkImage,
  checkOutput,
  readImageFields,
  viewOf,
  type CheckedImage,
  type ImageLike,
  type PixelArray,
} from './image.js';
import { TooLarge, type ColorSpace, type Conversion, type Kernels, type LightnessChannel } from './kernels.js';
import type { ChannelOrder, ColorConversion } from './options.js';
import {
  invalid,
  readBoolean,
  readChoice,
  readFiniteNumber,
  readInteger,
  readOptions,
  typedArrayKind,
  Worded,
} from './validate.js';

const MAX_GRID = 2 ** 31 - 1;
const COLOR_SPACES: readonly ColorSpace[] = ['hsv', 'lab', 'ycrcb'];
const CHANNEL_ORDERS: readonly ChannelOrder[] = ['rgb', 'bgr'];
/** The conversions OpenCV defines for 16-bit pixels. */
const CONVERSIONS_16: readonly ColorConversion[] = ['rgbToYCrCb', 'yCrCbToRgb'];

// Each operation reads every input once, first: the image's and the output's fields and every
// option, each through `field` (own properties and class accessors only). Only then does it
// check them, and the checks and kernels use nothing but what was read, so a getter can
// neither change pixels between a check and its use nor run in the middle of a call.

export function histogramWith(
  kernels: Pick<Kernels, 'histogram' | 'channelHistograms' | 'firstAbove'>,
  image: unknown,
  options: unknown,
): Uint32Array {
  const fn = 'histogram';
  const fields = readImageFields(fn, image);
  const { channel, mask, bins, bitDepth } = readOptions(fn, options, ['channel', 'mask', 'bins', 'bitDepth']);
  // Nothing of the caller's runs from here on.
  const source = checkImage(fn, fields);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const levels = 2 ** depth;
  const binCount = bins === undefined ? levels : readInteger(fn, 'options.bins', bins, 1, levels);
  const selected =
    channel === undefined
      ? Array.from({ length: source.channels }, (_, k) => k)
      : [readInteger(fn, 'options.channel', channel, 0, source.channels - 1)];
  const maskBytes = mask === undefined ? undefined : readMask(fn, mask, source.pixels);
  const counts = new Uint32Array(levels * selected.length);
  if (source.pixels > 0) {
    runKernel(fn, () => {
      if (source.channels === 1) kernels.histogram(source.values, maskBytes, counts);
      else kernels.channelHistograms(source.values, source.channels, selected, maskBytes, counts);
    });
  }
  return binCount === levels ? counts : foldBins(counts, levels, binCount);
}

export function equalizeHistWith<D extends PixelArray>(
  kernels: Pick<Kernels, 'equalizeHist' | 'firstAbove'>,
  image: unknown,
  options: unknown,
): ImageLike<D> {
  const fn = 'equalizeHist';
  const fields = readImageFields(fn, image);
  const { colorSpace, channelOrder, output, bitDepth } = readOptions(fn, options, [
    'colorSpace',
    'channelOrder',
    'output',
    'bitDepth',
  ]);
  const outputFields = output === undefined ? undefined : readImageFields(fn, output, 'options.output');
  // Nothing of the caller's runs from here on.
  const source = checkImage<D>(fn, fields);
  const luminance = readLuminance(fn, source, colorSpace, channelOrder);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const target = checkOutput(fn, outputFields, source);
  if (source.pixels > 0) runKernel(fn, () => kernels.equalizeHist(source.values, target.values, depth, luminance));
  return target.image;
}

export function claheWith<D extends PixelArray>(
  kernels: Pick<Kernels, 'clahe' | 'firstAbove'>,
  image: unknown,
  options: unknown,
): ImageLike<D> {
  const fn = 'clahe';
  const fields = readImageFields(fn, image);
  const {
    clipLimit = 2,
    tileGridSize = [8, 8],
    colorSpace,
    channelOrder,
    output,
    bitDepth,
  } = readOptions(fn, options, ['clipLimit', 'tileGridSize', 'colorSpace', 'channelOrder', 'output', 'bitDepth']);
  const grid = readGridFields(tileGridSize);
  const outputFields = output === undefined ? undefined : readImageFields(fn, output, 'options.output');
  // Nothing of the caller's runs from here on.
  const source = checkImage<D>(fn, fields);
  const limit = readFiniteNumber(fn, 'options.clipLimit', clipLimit, 'a finite number (≤ 0 disables clipping)');
  const [columns, rows] = checkGrid(fn, grid);
  const luminance = readLuminance(fn, source, colorSpace, channelOrder);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const plan =
    source.pixels > 0 ? planClahe(fn, source.width, source.height, limit, columns, rows, 2 ** depth) : undefined;
  const target = checkOutput(fn, outputFields, source);
  if (plan) runKernel(fn, () => kernels.clahe(source.values, target.values, plan, luminance));
  return target.image;
}

export function convertWith<D extends PixelArray>(
  kernels: Pick<Kernels, 'convert'>,
  fn: ColorConversion,
  image: unknown,
  options: unknown,
): ImageLike<D> {
  const fields = readImageFields(fn, image);
  const hsv = fn === 'rgbToHsv' || fn === 'hsvToRgb';
  const {
    channelOrder = 'rgb',
    fullRange = false,
    output,
  } = readOptions(fn, options, hsv ? ['channelOrder', 'fullRange', 'output'] : ['channelOrder', 'output']);
  const outputFields = output === undefined ? undefined : readImageFields(fn, output, 'options.output');
  // Nothing of the caller's runs from here on.
  const source = checkImage<D>(fn, fields);
  if (source.kind === 'Uint16Array' && !CONVERSIONS_16.includes(fn)) {
    invalid(
      TypeError,
      fn,
      'image.data',
      `a Uint8Array or Uint8ClampedArray (OpenCV defines ${fn} for 8-bit pixels; 16-bit ones convert only to and from YCrCb)`,
      source.data,
    );
  }
  if (source.channels === 1 && source.pixels > 0) {
    invalid(
      RangeError,
      fn,
      'image.data.length',
      `width × height × 3 or 4 channels = ${3 * source.pixels} or ${4 * source.pixels}`,
      new Worded(`${source.values.length}, one channel: ${fn} converts colour images`),
    );
  }
  const bgr = readChoice(fn, 'options.channelOrder', channelOrder, CHANNEL_ORDERS) === 'bgr';
  const kernel = readBoolean(fn, 'options.fullRange', fullRange) ? (`${fn}Full` as Conversion) : fn;
  const target = checkOutput(fn, outputFields, source);
  if (source.pixels > 0)
    runKernel(fn, () => kernels.convert(kernel, source.values, target.values, { channels: source.channels, bgr }));
  return target.image;
}

/** Runs a kernel; a working set too large for WebAssembly memory is refused in the caller's terms. */
function runKernel(fn: string, kernel: () => void): void {
  try {
    kernel();
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    invalid(
      RangeError,
      fn,
      'image',
      `an image whose working set fits in WebAssembly memory (4 GiB; 'fastclahe/js' has no such limit)`,
      new Worded(`one that needs ${Math.ceil(error.bytes / 2 ** 20)} MiB`),
    );
  }
}

/**
 * Which channel of a colour image to equalize; undefined for a gray image, after checking the
 * options all the same. 16-bit colour goes through YCrCb, the one colour space OpenCV defines
 * for CV_16U (its HSV and Lab conversions refuse 16-bit pixels).
 */
function readLuminance(
  fn: string,
  source: CheckedImage,
  colorSpace: unknown,
  channelOrder: unknown = 'rgb',
): LightnessChannel | undefined {
  const sixteenBit = source.kind === 'Uint16Array';
  const space = readChoice(fn, 'options.colorSpace', colorSpace ?? (sixteenBit ? 'ycrcb' : 'hsv'), COLOR_SPACES);
  const bgr = readChoice(fn, 'options.channelOrder', channelOrder, CHANNEL_ORDERS) === 'bgr';
  if (source.channels === 1) return undefined;
  if (sixteenBit && space !== 'ycrcb') {
    invalid(
      RangeError,
      fn,
      'options.colorSpace',
      '"ycrcb" (or nothing) for a 16-bit colour image (OpenCV defines HSV and Lab for 8-bit pixels only)',
      space,
    );
  }
  return { space, channels: source.channels, bgr };
}

/**
 * The image's bit depth: 8 for 8-bit arrays; for Uint16Array the `bitDepth` option (default
 * 16), after checking that every value fits in it.
 */
function readDepth(fn: string, kernels: Pick<Kernels, 'firstAbove'>, source: CheckedImage, value: unknown): number {
  const name = 'options.bitDepth';
  if (source.kind !== 'Uint16Array') {
    if (value !== undefined && value !== 8)
      invalid(typeof value === 'number' ? RangeError : TypeError, fn, name, '8 (or nothing) for an 8-bit image', value);
    return 8;
  }
  if (value === undefined) return 16;
  if (typeof value !== 'number') invalid(TypeError, fn, name, '10, 12, 14 or 16 for a Uint16Array image', value);
  if (![10, 12, 14, 16].includes(value))
    invalid(RangeError, fn, name, '10, 12, 14 or 16 for a Uint16Array image', value);
  if (value < 16) {
    const at = kernels.firstAbove(source.values as Uint16Array, 2 ** value - 1);
    if (at >= 0) {
      invalid(
        RangeError,
        fn,
        'image.data',
        `values below ${2 ** value} (bitDepth ${value})`,
        new Worded(`${source.values[at]} at index ${at}`),
      );
    }
  }
  return value;
}

/**
 * Sums each channel's one-per-level counts into `binCount` uniform bins: level v into
 * ⌊v × binCount / levels⌋. `counts` holds `levels` counts per channel, one channel after another.
 */
export function foldBins(counts: Uint32Array, levels: number, binCount: number): Uint32Array {
  const bins = new Uint32Array((counts.length / levels) * binCount);
  for (let i = 0; i < counts.length; i++) {
    const channel = Math.floor(i / levels);
    bins[channel * binCount + Math.floor(((i % levels) * binCount) / levels)] += counts[i];
  }
  return bins;
}

/** tileGridSize as read once: the value itself (for messages) and, for an array, its length and two items. */
interface GridFields {
  value: unknown;
  length?: number;
  items?: [unknown, unknown];
}

function readGridFields(value: unknown): GridFields {
  return Array.isArray(value) ? { value, length: value.length, items: [value[0], value[1]] } : { value };
}

function checkGrid(fn: string, { value, length, items }: GridFields): [number, number] {
  const name = 'options.tileGridSize';
  if (items === undefined) invalid(TypeError, fn, name, 'an array [columns, rows]', value);
  if (length !== 2) invalid(RangeError, fn, name, 'an array of two integers [columns, rows]', value);
  return [readInteger(fn, `${name}[0]`, items[0], 1, MAX_GRID), readInteger(fn, `${name}[1]`, items[1], 1, MAX_GRID)];
}

function readMask(fn: string, value: unknown, pixels: number): Uint8Array {
  const name = 'options.mask';
  const kind = typedArrayKind(value);
  if (kind !== 'Uint8Array' && kind !== 'Uint8ClampedArray') {
    invalid(TypeError, fn, name, 'a Uint8Array or Uint8ClampedArray with one byte per pixel', value);
  }
  const bytes = viewOf(fn, name, value as ArrayBufferView, 'Uint8Array') as Uint8Array;
  if (bytes.length !== pixels) invalid(RangeError, fn, `${name}.length`, `width × height = ${pixels}`, bytes.length);
  return bytes;
}
