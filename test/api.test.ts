// Behaviour every caller relies on, for both builds: inputs untouched, result types, the
// output option, empty images, and grids far larger than the image.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { readColourPhoto, readGrayPhoto } from './helpers/images.js';
import { cvClahe, loadOpenCV, type OpenCV } from './helpers/opencv.js';

let cv: OpenCV;
beforeAll(async () => {
  ({ cv } = await loadOpenCV());
});

describe.each(BACKENDS)('%s', (_name, build) => {
  const photo = () => readGrayPhoto('cell.png');

  it('never modifies the input', () => {
    const image = photo();
    const copy = image.data.slice();
    build.clahe(image, { clipLimit: 4 });
    build.equalizeHist(image);
    build.histogram(image, { mask: new Uint8Array(image.data.length).fill(1) });
    expect(sameBytes(image.data, copy)).toBe('');
  });

  it('returns a new image of the input array type and size', () => {
    const image = photo();
    for (const equalize of [build.clahe, build.equalizeHist]) {
      const fromBytes = equalize(image);
      expect(fromBytes.data).toBeInstanceOf(Uint8Array);
      expect(fromBytes.data).not.toBe(image.data);
      expect([fromBytes.width, fromBytes.height, fromBytes.data.length]).toEqual([
        image.width,
        image.height,
        image.data.length,
      ]);
      const clamped = equalize({ ...image, data: new Uint8ClampedArray(image.data) });
      expect(clamped.data).toBeInstanceOf(Uint8ClampedArray);
      expect(sameBytes(clamped.data, fromBytes.data)).toBe('');
    }
  });

  it('gives each result memory of its own: a plain typed array over its own buffer, every byte written', () => {
    // In Node, results come from Buffer.allocUnsafeSlow (not zeroed, never pooled). Fill freed
    // memory with 0xA5 first, so that a byte the kernels left unwritten would show.
    for (let i = 0; i < 8; i++) Buffer.allocUnsafeSlow(1 << 22).fill(0xa5);
    const gray = photo();
    const colour = readColourPhoto('coffee.png');
    const deep = { data: Uint16Array.from(gray.data, (v) => v * 257), width: gray.width, height: gray.height };
    const results = [
      [build.clahe(gray), Uint8Array],
      [build.equalizeHist({ ...gray, data: Buffer.from(gray.data) }), Uint8Array],
      [build.rgbToLab(colour), Uint8Array],
      [build.clahe({ ...colour, data: new Uint8ClampedArray(colour.data) }, { colorSpace: 'lab' }), Uint8ClampedArray],
      [build.clahe(deep), Uint16Array],
    ] as const;
    for (const [result, type] of results) {
      expect(Object.getPrototypeOf(result.data)).toBe(type.prototype);
      expect([result.data.byteOffset, result.data.buffer.byteLength]).toEqual([0, result.data.byteLength]);
    }
    expect(sameBytes(results[0][0].data, cvClahe(cv, gray, 2, [8, 8]))).toBe('');
    expect(
      sameBytes(
        results[2][0].data,
        build.rgbToLab(colour, { output: { ...colour, data: new Uint8Array(colour.data.length) } }).data,
      ),
    ).toBe('');
  });

  it('accepts a Node Buffer and a view into a larger buffer', () => {
    const image = photo();
    const expected = build.clahe(image).data;
    expect(sameBytes(build.clahe({ ...image, data: Buffer.from(image.data) }).data, expected)).toBe('');
    const padded = new Uint8Array(image.data.length + 7);
    padded.set(image.data, 3);
    expect(sameBytes(build.clahe({ ...image, data: padded.subarray(3, 3 + image.data.length) }).data, expected)).toBe(
      '',
    );
  });

  it('writes into options.output, or into the input itself when asked', () => {
    const image = photo();
    const expected = build.clahe(image, { clipLimit: 3 }).data;
    // A Uint8ClampedArray output for Uint8Array input: the types ask for one array type, the
    // functions accept either, since both hold the same bytes.
    const output = { data: new Uint8ClampedArray(image.data.length), width: image.width, height: image.height };
    expect(build.clahe(image, { clipLimit: 3, output: output as never })).toBe(output);
    expect(sameBytes(output.data, expected)).toBe('');
    expect(build.clahe(image, { clipLimit: 3, output: image })).toBe(image);
    expect(sameBytes(image.data, expected)).toBe('');
    const equalized = build.equalizeHist(photo()).data;
    const inPlace = photo();
    build.equalizeHist(inPlace, { output: inPlace });
    expect(sameBytes(inPlace.data, equalized)).toBe('');
  });

  it('returns empty images for zero width or height, as OpenCV does', () => {
    for (const [width, height] of [
      [0, 0],
      [0, 5],
      [5, 0],
    ]) {
      const empty = { data: new Uint8ClampedArray(0), width, height };
      for (const result of [build.clahe(empty), build.equalizeHist(empty)]) {
        expect(result).toEqual({ data: new Uint8ClampedArray(0), width, height });
        expect(result.data).not.toBe(empty.data);
      }
      expect(build.histogram(empty).every((count) => count === 0)).toBe(true);
    }
  });

  it('answers a 100000×100000 grid on a 10×10 image: its tiles are the 1×1 tiles of an 11×11 grid', () => {
    const image = { data: Uint8Array.from({ length: 100 }, (_, i) => (i * 73) % 256), width: 10, height: 10 };
    const result = build.clahe(image, { tileGridSize: [100000, 100000] });
    expect(sameBytes(result.data, cvClahe(cv, image, 2, [11, 11]))).toBe('');
  });

  it('treats every clip limit of 256 and above as no clipping, even where OpenCV overflows', () => {
    const image = photo();
    const unclipped = build.clahe(image, { clipLimit: 0 }).data;
    expect(sameBytes(cvClahe(cv, image, 256, [8, 8]), unclipped)).toBe('');
    for (const clipLimit of [256, 1e6, 1e12, Number.MAX_VALUE]) {
      expect(sameBytes(build.clahe(image, { clipLimit }).data, unclipped), `clipLimit ${clipLimit}`).toBe('');
    }
  });

  it('uses clipLimit 2 and an 8×8 grid by default', () => {
    const image = photo();
    expect(sameBytes(build.clahe(image).data, cvClahe(cv, image, 2, [8, 8]))).toBe('');
    expect(
      sameBytes(build.clahe(image, {}).data, build.clahe(image, { clipLimit: 2, tileGridSize: [8, 8] }).data),
    ).toBe('');
  });
});

describe.each(BACKENDS)('browser ImageData (%s)', (_name, build) => {
  // Node has no ImageData; this stands in for the browser's with the same constructor.
  class ImageData {
    constructor(
      readonly data: Uint8ClampedArray,
      readonly width: number,
      readonly height: number,
    ) {}
  }
  beforeAll(() => vi.stubGlobal('ImageData', ImageData));
  afterAll(() => vi.unstubAllGlobals());

  const photo = () => readColourPhoto('chelsea.png', 4);

  it('answers ImageData with new ImageData, ready for putImageData', () => {
    const { data, width, height } = photo();
    const image = new ImageData(new Uint8ClampedArray(data), width, height);
    const results = [
      build.clahe(image),
      build.equalizeHist(image, { colorSpace: 'ycrcb' }),
      build.rgbToHsv(image),
      build.hsvToRgb(image),
      build.rgbToLab(image),
      build.yCrCbToRgb(image),
    ];
    for (const result of results) {
      expect(result).toBeInstanceOf(ImageData);
      expect(result.data).toBeInstanceOf(Uint8ClampedArray);
      expect([result.width, result.height, result.data.length]).toEqual([width, height, data.length]);
      expect(result.data).not.toBe(image.data);
    }
    expect(sameBytes(results[0].data, build.clahe({ data, width, height }).data)).toBe('');
  });

  it('answers plain objects with plain objects', () => {
    for (const result of [build.clahe(photo()), build.rgbToLab(photo())]) expect(result).not.toBeInstanceOf(ImageData);
  });
});

describe.each(BACKENDS)('colour images (%s)', (_name, build) => {
  it('keep their array type and channel count', () => {
    for (const channels of [3, 4] as const) {
      const image = readColourPhoto('coffee.png', channels);
      const clamped = { ...image, data: new Uint8ClampedArray(image.data) };
      for (const result of [
        build.clahe(clamped),
        build.equalizeHist(clamped),
        build.rgbToHsv(clamped),
        build.yCrCbToRgb(clamped),
      ]) {
        expect(result.data).toBeInstanceOf(Uint8ClampedArray);
        expect(result.data.length).toBe(image.data.length);
      }
      expect(build.labToRgb(image).data).toBeInstanceOf(Uint8Array);
    }
  });

  it('are never modified by the functions that read them', () => {
    const image = readColourPhoto('astronaut.png', 4);
    const copy = image.data.slice();
    build.clahe(image, { colorSpace: 'lab' });
    build.equalizeHist(image, { colorSpace: 'ycrcb', channelOrder: 'bgr' });
    build.histogram(image, { channel: 2 });
    build.rgbToHsv(image, { fullRange: true });
    build.labToRgb(image);
    expect(sameBytes(image.data, copy)).toBe('');
  });

  it('may be empty', () => {
    const empty = { data: new Uint8Array(0), width: 0, height: 7 };
    for (const result of [build.rgbToHsv(empty), build.labToRgb(empty), build.clahe(empty, { colorSpace: 'lab' })]) {
      expect(result).toEqual({ data: new Uint8Array(0), width: 0, height: 7 });
    }
  });
});
