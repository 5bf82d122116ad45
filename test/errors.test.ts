// Bad input: each case must throw the stated class with the stated message, through the one
// helper in src/validate.ts, identically from both builds; afterwards everything still works.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { readColourPhoto, readGrayPhoto } from './helpers/images.js';

type Build = (typeof BACKENDS)[number][1];
const gray = () => ({ data: new Uint8Array(4), width: 2, height: 2 });
const deep = () => ({ data: new Uint16Array([0, 4095, 5000, 65535]), width: 2, height: 2 });
const rgb = () => ({ data: new Uint8Array(12), width: 2, height: 2 });
const rgba = () => ({ data: new Uint8ClampedArray(16), width: 2, height: 2 });

const CASES: Array<[string, (build: Build) => unknown, typeof TypeError | typeof RangeError, string]> = [
  [
    'no image',
    (b) => b.clahe(undefined as never),
    TypeError,
    'clahe: expected an image object { data, width, height } for image but received undefined',
  ],
  [
    'null image',
    (b) => b.equalizeHist(null as never),
    TypeError,
    'equalizeHist: expected an image object { data, width, height } for image but received null',
  ],
  [
    'a number as image',
    (b) => b.histogram(42 as never),
    TypeError,
    'histogram: expected an image object { data, width, height } for image but received 42',
  ],
  [
    'missing data',
    (b) => b.clahe({ width: 2, height: 2 } as never),
    TypeError,
    'clahe: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received undefined',
  ],
  [
    'plain array data',
    (b) => b.clahe({ ...gray(), data: [1, 2, 3, 4] } as never),
    TypeError,
    'clahe: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received an Array [1, 2, 3, 4]',
  ],
  [
    'Float32Array data',
    (b) => b.clahe({ ...gray(), data: new Float32Array(4) } as never),
    TypeError,
    'clahe: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received a Float32Array of length 4',
  ],
  [
    'Int8Array data',
    (b) => b.equalizeHist({ ...gray(), data: new Int8Array(4) } as never),
    TypeError,
    'equalizeHist: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received an Int8Array of length 4',
  ],
  [
    'ArrayBuffer data',
    (b) => b.histogram({ ...gray(), data: new ArrayBuffer(4) } as never),
    TypeError,
    'histogram: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received an ArrayBuffer',
  ],
  [
    'fractional width',
    (b) => b.clahe({ ...gray(), width: 2.5 }),
    RangeError,
    'clahe: expected an integer from 0 to 2147483647 for image.width but received 2.5',
  ],
  [
    'negative width',
    (b) => b.clahe({ ...gray(), width: -2 }),
    RangeError,
    'clahe: expected an integer from 0 to 2147483647 for image.width but received -2',
  ],
  [
    'NaN width',
    (b) => b.clahe({ ...gray(), width: NaN }),
    RangeError,
    'clahe: expected an integer from 0 to 2147483647 for image.width but received NaN',
  ],
  [
    'string width',
    (b) => b.clahe({ ...gray(), width: '2' } as never),
    TypeError,
    'clahe: expected an integer from 0 to 2147483647 for image.width but received the string "2"',
  ],
  [
    'missing height',
    (b) => b.clahe({ ...gray(), height: undefined } as never),
    TypeError,
    'clahe: expected an integer from 0 to 2147483647 for image.height but received undefined',
  ],
  [
    'infinite height',
    (b) => b.clahe({ ...gray(), height: Infinity }),
    RangeError,
    'clahe: expected an integer from 0 to 2147483647 for image.height but received Infinity',
  ],
  [
    'data too short',
    (b) => b.clahe({ ...gray(), data: new Uint8Array(3) }),
    RangeError,
    'clahe: expected width × height × 1, 3 or 4 channels = 4, 12 or 16 for image.data.length but received 3',
  ],
  [
    'two channels',
    (b) => b.clahe({ ...gray(), data: new Uint8Array(8) }),
    RangeError,
    'clahe: expected width × height × 1, 3 or 4 channels = 4, 12 or 16 for image.data.length but received 8',
  ],
  [
    'two-channel data to a conversion',
    (b) => b.rgbToLab({ ...gray(), data: new Uint8Array(8) }),
    RangeError,
    'rgbToLab: expected width × height × 1, 3 or 4 channels = 4, 12 or 16 for image.data.length but received 8',
  ],
  [
    'five channels',
    (b) => b.histogram({ ...gray(), data: new Uint8ClampedArray(20) }),
    RangeError,
    'histogram: expected width × height × 1, 3 or 4 channels = 4, 12 or 16 for image.data.length but received 20',
  ],
  [
    'data for an empty image',
    (b) => b.equalizeHist({ data: new Uint8Array(3), width: 0, height: 1 }),
    RangeError,
    'equalizeHist: expected an empty array, as width × height is 0 for image.data.length but received 3',
  ],
  [
    'options as a string',
    (b) => b.clahe(gray(), 'fast' as never),
    TypeError,
    'clahe: expected an object or undefined for options but received the string "fast"',
  ],
  [
    'null options',
    (b) => b.clahe(gray(), null as never),
    TypeError,
    'clahe: expected an object or undefined for options but received null',
  ],
  [
    'options as an array',
    (b) => b.clahe(gray(), [2, [8, 8]] as never),
    TypeError,
    'clahe: expected an object or undefined for options but received an Array [2, …]',
  ],
  [
    'misspelt option',
    (b) => b.clahe(gray(), { cliplimit: 3 } as never),
    RangeError,
    'clahe: expected only clipLimit, tileGridSize, colorSpace, channelOrder, output, bitDepth for options' +
      ' but received an unknown option "cliplimit"',
  ],
  [
    'clahe option given to equalizeHist',
    (b) => b.equalizeHist(gray(), { clipLimit: 2 } as never),
    RangeError,
    'equalizeHist: expected only colorSpace, channelOrder, output, bitDepth for options but received an unknown option "clipLimit"',
  ],
  [
    'output given to histogram',
    (b) => b.histogram(gray(), { output: gray() } as never),
    RangeError,
    'histogram: expected only channel, mask, bins, bitDepth for options but received an unknown option "output"',
  ],
  [
    'fullRange given to a Lab conversion',
    (b) => b.rgbToLab(rgb(), { fullRange: true } as never),
    RangeError,
    'rgbToLab: expected only channelOrder, output for options but received an unknown option "fullRange"',
  ],
  [
    'colorSpace given to a conversion',
    (b) => b.rgbToYCrCb(rgb(), { colorSpace: 'lab' } as never),
    RangeError,
    'rgbToYCrCb: expected only channelOrder, output for options but received an unknown option "colorSpace"',
  ],
  [
    'unknown colorSpace',
    (b) => b.clahe(rgb(), { colorSpace: 'hsl' } as never),
    RangeError,
    'clahe: expected "hsv", "lab" or "ycrcb" for options.colorSpace but received the string "hsl"',
  ],
  [
    'colorSpace in capitals',
    (b) => b.equalizeHist(rgb(), { colorSpace: 'LAB' } as never),
    RangeError,
    'equalizeHist: expected "hsv", "lab" or "ycrcb" for options.colorSpace but received the string "LAB"',
  ],
  [
    'colorSpace as a number',
    (b) => b.clahe(rgb(), { colorSpace: 40 } as never),
    TypeError,
    'clahe: expected "hsv", "lab" or "ycrcb" for options.colorSpace but received 40',
  ],
  [
    'unknown colorSpace on a gray image',
    (b) => b.clahe(gray(), { colorSpace: 'rgb' } as never),
    RangeError,
    'clahe: expected "hsv", "lab" or "ycrcb" for options.colorSpace but received the string "rgb"',
  ],
  [
    'unknown channelOrder',
    (b) => b.equalizeHist(rgb(), { channelOrder: 'rgba' } as never),
    RangeError,
    'equalizeHist: expected "rgb" or "bgr" for options.channelOrder but received the string "rgba"',
  ],
  [
    'unknown channelOrder on a gray image',
    (b) => b.clahe(gray(), { channelOrder: 'grb' } as never),
    RangeError,
    'clahe: expected "rgb" or "bgr" for options.channelOrder but received the string "grb"',
  ],
  [
    'channelOrder of a conversion as a boolean',
    (b) => b.hsvToRgb(rgb(), { channelOrder: true } as never),
    TypeError,
    'hsvToRgb: expected "rgb" or "bgr" for options.channelOrder but received true',
  ],
  [
    'fullRange as a string',
    (b) => b.rgbToHsv(rgb(), { fullRange: 'true' } as never),
    TypeError,
    'rgbToHsv: expected true or false for options.fullRange but received the string "true"',
  ],
  [
    'fullRange as a number',
    (b) => b.hsvToRgb(rgb(), { fullRange: 1 } as never),
    TypeError,
    'hsvToRgb: expected true or false for options.fullRange but received 1',
  ],
  [
    'a gray image to rgbToHsv',
    (b) => b.rgbToHsv(gray()),
    RangeError,
    'rgbToHsv: expected width × height × 3 or 4 channels = 12 or 16 for image.data.length' +
      ' but received 4, one channel: rgbToHsv converts colour images',
  ],
  [
    'a gray image to labToRgb',
    (b) => b.labToRgb(gray()),
    RangeError,
    'labToRgb: expected width × height × 3 or 4 channels = 12 or 16 for image.data.length' +
      ' but received 4, one channel: labToRgb converts colour images',
  ],
  [
    'channel past the last',
    (b) => b.histogram(rgb(), { channel: 3 }),
    RangeError,
    'histogram: expected an integer from 0 to 2 for options.channel but received 3',
  ],
  [
    'channel 1 of a gray image',
    (b) => b.histogram(gray(), { channel: 1 }),
    RangeError,
    'histogram: expected an integer from 0 to 0 for options.channel but received 1',
  ],
  [
    'negative channel',
    (b) => b.histogram(rgba(), { channel: -1 }),
    RangeError,
    'histogram: expected an integer from 0 to 3 for options.channel but received -1',
  ],
  [
    'fractional channel',
    (b) => b.histogram(rgba(), { channel: 1.5 }),
    RangeError,
    'histogram: expected an integer from 0 to 3 for options.channel but received 1.5',
  ],
  [
    'channel as a string',
    (b) => b.histogram(rgb(), { channel: 'g' } as never),
    TypeError,
    'histogram: expected an integer from 0 to 2 for options.channel but received the string "g"',
  ],
  [
    'NaN clipLimit',
    (b) => b.clahe(gray(), { clipLimit: NaN }),
    RangeError,
    'clahe: expected a finite number (≤ 0 disables clipping) for options.clipLimit but received NaN',
  ],
  [
    'infinite clipLimit',
    (b) => b.clahe(gray(), { clipLimit: Infinity }),
    RangeError,
    'clahe: expected a finite number (≤ 0 disables clipping) for options.clipLimit but received Infinity',
  ],
  [
    'string clipLimit',
    (b) => b.clahe(gray(), { clipLimit: '2' } as never),
    TypeError,
    'clahe: expected a finite number (≤ 0 disables clipping) for options.clipLimit but received the string "2"',
  ],
  [
    'null clipLimit',
    (b) => b.clahe(gray(), { clipLimit: null } as never),
    TypeError,
    'clahe: expected a finite number (≤ 0 disables clipping) for options.clipLimit but received null',
  ],
  [
    'number tileGridSize',
    (b) => b.clahe(gray(), { tileGridSize: 8 } as never),
    TypeError,
    'clahe: expected an array [columns, rows] for options.tileGridSize but received 8',
  ],
  [
    'Size-like tileGridSize',
    (b) => b.clahe(gray(), { tileGridSize: { width: 8, height: 8 } } as never),
    TypeError,
    'clahe: expected an array [columns, rows] for options.tileGridSize but received an object',
  ],
  [
    'one-element tileGridSize',
    (b) => b.clahe(gray(), { tileGridSize: [8] } as never),
    RangeError,
    'clahe: expected an array of two integers [columns, rows] for options.tileGridSize but received an Array [8]',
  ],
  [
    'three-element tileGridSize',
    (b) => b.clahe(gray(), { tileGridSize: [8, 8, 8] } as never),
    RangeError,
    'clahe: expected an array of two integers [columns, rows] for options.tileGridSize but received an Array [8, 8, 8]',
  ],
  [
    'zero tile columns',
    (b) => b.clahe(gray(), { tileGridSize: [0, 8] }),
    RangeError,
    'clahe: expected an integer from 1 to 2147483647 for options.tileGridSize[0] but received 0',
  ],
  [
    'negative tile rows',
    (b) => b.clahe(gray(), { tileGridSize: [8, -1] }),
    RangeError,
    'clahe: expected an integer from 1 to 2147483647 for options.tileGridSize[1] but received -1',
  ],
  [
    'fractional tile columns',
    (b) => b.clahe(gray(), { tileGridSize: [2.5, 8] }),
    RangeError,
    'clahe: expected an integer from 1 to 2147483647 for options.tileGridSize[0] but received 2.5',
  ],
  [
    'string tile counts',
    (b) => b.clahe(gray(), { tileGridSize: ['8', '8'] } as never),
    TypeError,
    'clahe: expected an integer from 1 to 2147483647 for options.tileGridSize[0] but received the string "8"',
  ],
  [
    'a grid with millions of non-empty tiles',
    (b) => b.clahe({ data: new Uint8Array(1500 * 1500), width: 1500, height: 1500 }, { tileGridSize: [1500, 1500] }),
    RangeError,
    'clahe: expected a grid of at most 1048576 tiles with pixels in them (256 MiB of lookup tables) for options.tileGridSize' +
      ' but received [1500, 1500], which puts 2250000 tiles of 1×1 pixels on this 1500×1500 image',
  ],
  [
    'mask as a plain array',
    (b) => b.histogram(gray(), { mask: [1, 1, 1, 1] } as never),
    TypeError,
    'histogram: expected a Uint8Array or Uint8ClampedArray with one byte per pixel for options.mask but received an Array [1, 1, 1, 1]',
  ],
  [
    'mask as an image',
    (b) => b.histogram(gray(), { mask: gray() } as never),
    TypeError,
    'histogram: expected a Uint8Array or Uint8ClampedArray with one byte per pixel for options.mask but received an object',
  ],
  [
    'mask of the wrong length',
    (b) => b.histogram(gray(), { mask: new Uint8Array(5) }),
    RangeError,
    'histogram: expected width × height = 4 for options.mask.length but received 5',
  ],
  [
    'output of another size',
    (b) => b.clahe(gray(), { output: { data: new Uint8Array(6), width: 3, height: 2 } }),
    RangeError,
    "clahe: expected an image of the input's shape, 2×2 × 1 channel for options.output but received an image of shape 3×2 × 1 channel",
  ],
  [
    'output with other channels',
    (b) => b.equalizeHist(rgba(), { output: rgb() as never }),
    RangeError,
    "equalizeHist: expected an image of the input's shape, 2×2 × 4 channels for options.output" +
      ' but received an image of shape 2×2 × 3 channels',
  ],
  [
    'conversion output with other channels',
    (b) => b.rgbToHsv(rgb(), { output: rgba() as never }),
    RangeError,
    "rgbToHsv: expected an image of the input's shape, 2×2 × 3 channels for options.output but received an image of shape 2×2 × 4 channels",
  ],
  [
    'output that is not an image',
    (b) => b.equalizeHist(gray(), { output: new Uint8Array(4) } as never),
    TypeError,
    'equalizeHist: expected a Uint8Array, Uint8ClampedArray or Uint16Array for options.output.data but received undefined',
  ],
  [
    'output with Float32Array data',
    (b) => b.clahe(gray(), { output: { data: new Float32Array(4), width: 2, height: 2 } } as never),
    TypeError,
    'clahe: expected a Uint8Array, Uint8ClampedArray or Uint16Array for options.output.data but received a Float32Array of length 4',
  ],
  [
    'bitDepth 8 for a Uint16Array',
    (b) => b.clahe(deep(), { bitDepth: 8 as never }),
    RangeError,
    'clahe: expected 10, 12, 14 or 16 for a Uint16Array image for options.bitDepth but received 8',
  ],
  [
    'bitDepth as a string',
    (b) => b.equalizeHist(deep(), { bitDepth: '12' as never }),
    TypeError,
    'equalizeHist: expected 10, 12, 14 or 16 for a Uint16Array image for options.bitDepth but received the string "12"',
  ],
  [
    'bitDepth for 8-bit data',
    (b) => b.clahe(gray(), { bitDepth: 12 }),
    RangeError,
    'clahe: expected 8 (or nothing) for an 8-bit image for options.bitDepth but received 12',
  ],
  [
    'values above the declared depth',
    (b) => b.clahe(deep(), { bitDepth: 12 }),
    RangeError,
    'clahe: expected values below 4096 (bitDepth 12) for image.data but received 5000 at index 2',
  ],
  [
    'values above the declared depth, histogram',
    (b) => b.histogram(deep(), { bitDepth: 10 }),
    RangeError,
    'histogram: expected values below 1024 (bitDepth 10) for image.data but received 4095 at index 1',
  ],
  [
    '8-bit output for a 16-bit image',
    (b) => b.clahe(deep(), { output: gray() as never }),
    TypeError,
    'clahe: expected a Uint16Array, like the input for options.output.data but received a Uint8Array of length 4',
  ],
  [
    '16-bit output for an 8-bit image',
    (b) => b.equalizeHist(gray(), { output: deep() as never }),
    TypeError,
    'equalizeHist: expected a Uint8Array or Uint8ClampedArray, like the input for options.output.data' +
      ' but received a Uint16Array of length 4',
  ],
  [
    'zero bins',
    (b) => b.histogram(gray(), { bins: 0 }),
    RangeError,
    'histogram: expected an integer from 1 to 256 for options.bins but received 0',
  ],
  [
    'more bins than levels',
    (b) => b.histogram(deep(), { bins: 65537 }),
    RangeError,
    'histogram: expected an integer from 1 to 65536 for options.bins but received 65537',
  ],
  [
    '16-bit colour in HSV',
    (b) => b.clahe({ data: new Uint16Array(12), width: 2, height: 2 }, { colorSpace: 'hsv' }),
    RangeError,
    'clahe: expected "ycrcb" (or nothing) for a 16-bit colour image (OpenCV defines HSV and Lab for 8-bit pixels only)' +
      ' for options.colorSpace' +
      ' but received the string "hsv"',
  ],
  [
    '16-bit colour to an 8-bit conversion',
    (b) => b.rgbToLab({ data: new Uint16Array(16), width: 2, height: 2 } as never),
    TypeError,
    'rgbToLab: expected a Uint8Array or Uint8ClampedArray' +
      ' (OpenCV defines rgbToLab for 8-bit pixels; 16-bit ones convert only to and from YCrCb)' +
      ' for image.data but received a Uint16Array of length 16',
  ],
  [
    '16-bit alpha above the declared depth',
    (b) => b.equalizeHist({ data: Uint16Array.of(1, 2, 3, 65535), width: 1, height: 1 }, { bitDepth: 12 }),
    RangeError,
    'equalizeHist: expected values below 4096 (bitDepth 12) for image.data but received 65535 at index 3',
  ],
];

describe.each(BACKENDS)('bad input (%s)', (_name, build) => {
  it.each(CASES)('%s', (_case, call, ErrorClass, message) => {
    let thrown: unknown;
    try {
      call(build);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ErrorClass);
    expect((thrown as Error).message).toBe(message);
  });

  it('leaves every function working, with the same bytes, after each of those errors', () => {
    const photo = readGrayPhoto('clock_motion.png');
    const colour = readColourPhoto('chelsea.png', 4);
    const results = () => [
      build.clahe(photo).data,
      build.equalizeHist(photo).data,
      build.histogram(photo),
      build.clahe(colour, { colorSpace: 'lab' }).data,
      build.equalizeHist(colour).data,
      build.histogram(colour),
      build.rgbToHsv(colour, { fullRange: true }).data,
      build.labToRgb(colour).data,
    ];
    const before = results();
    for (const [, call] of CASES) expect(() => call(build)).toThrow();
    results().forEach((after, i) => expect(sameBytes(after, before[i])).toBe(''));
  });
});

it(`covers at least 30 distinct bad inputs (${CASES.length})`, () => {
  expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});
