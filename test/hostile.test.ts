// Inputs that change while they are read: getters, resizable and detached buffers, typed
// arrays that lie about their length, Proxies, other realms, a polluted Object.prototype.
// Each function reads every input once, first, and then uses only what it read; each case
// must give the same bytes as the plain input, or a clear error, in every build.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';

const ramp = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37) % 256);
const gray = () => ({ data: ramp(16), width: 4, height: 4 });

/** `target` with a `key` getter that counts its reads (in a non-enumerable `reads`) and runs `effect` on each. */
function counted(target: object, key: string, value: unknown, effect = () => {}): Record<string, never> {
  const object = Object.defineProperty(target, 'reads', { value: 0, writable: true }) as { reads: number };
  Object.defineProperty(object, key, {
    enumerable: true,
    get: () => {
      object.reads++;
      effect();
      return value;
    },
  });
  return object as unknown as Record<string, never>;
}

/** A resizable ArrayBuffer (ES2024, in Node 20; this project's lib is ES2022). */
function resizable(bytes: number): ArrayBuffer & { resize(bytes: number): void } {
  const Constructor = ArrayBuffer as unknown as new (
    bytes: number,
    options: object,
  ) => ArrayBuffer & { resize(bytes: number): void };
  return new Constructor(bytes, { maxByteLength: 64 });
}

describe.each(BACKENDS)('%s', (_, fastclahe) => {
  describe('reads every field once', () => {
    it('image.data, width and height', () => {
      const reads: string[] = [];
      const image = {} as { data: Uint8Array; width: number; height: number };
      for (const [key, value] of Object.entries(gray())) {
        Object.defineProperty(image, key, {
          get: () => {
            reads.push(key);
            return value;
          },
        });
      }
      expect(sameBytes(fastclahe.clahe(image).data, fastclahe.clahe(gray()).data)).toBe('');
      expect(reads.sort()).toEqual(['data', 'height', 'width']);
    });

    it('each option, the output and tileGridSize items', () => {
      const output = counted({ width: 4, height: 4 }, 'data', new Uint8Array(16));
      const grid = counted([2] as unknown as [number, number], '1', 2);
      const options = counted({ output, clipLimit: 3 }, 'tileGridSize', grid);
      expect(fastclahe.clahe(gray(), options)).toBe(output);
      expect([options.reads, output.reads, grid.reads]).toEqual([1, 1, 1]);
      expect(sameBytes(output.data, fastclahe.clahe(gray(), { clipLimit: 3, tileGridSize: [2, 2] }).data)).toBe('');
    });
  });

  describe('getters that change the pixels run before any check', () => {
    it('an output getter that writes a value above bitDepth is caught by the bitDepth check', () => {
      const image = { data: new Uint16Array(16).fill(100), width: 4, height: 4 };
      const options = counted({ bitDepth: 12 }, 'output', undefined, () => (image.data[5] = 65535));
      expect(() => fastclahe.clahe(image, options)).toThrow(
        new RangeError('clahe: expected values below 4096 (bitDepth 12) for image.data but received 65535 at index 5'),
      );
    });

    it('a mask whose length getter writes pixels is measured without calling it', () => {
      const image = { data: new Uint16Array(4).fill(7), width: 2, height: 2 };
      class Sneaky extends Uint8Array {
        override get length(): number {
          image.data[0] = 65535;
          return 4;
        }
      }
      const counts = fastclahe.histogram(image, { bitDepth: 10, mask: new Sneaky([1, 1, 1, 1]) });
      expect([counts[7], image.data[0]]).toEqual([4, 7]);
    });
  });

  describe('buffers that change size', () => {
    it('shrunk by an option getter: refused by the length the pixels have when checked', () => {
      const buffer = resizable(16);
      const image = { data: new Uint8Array(buffer), width: 4, height: 4 };
      const options = counted({}, 'clipLimit', 2, () => buffer.resize(8));
      expect(() => fastclahe.clahe(image, options)).toThrow(
        new RangeError(
          'clahe: expected width × height × 1, 3 or 4 channels = 16, 48 or 64 for image.data.length but received 8',
        ),
      );
    });

    it('grown by an option getter: the result has the size that was checked', () => {
      const buffer = resizable(16);
      const data = new Uint8Array(buffer);
      data.set(ramp(16));
      const options = counted({}, 'clipLimit', 2, () => buffer.resize(48));
      const result = fastclahe.clahe({ data, width: 4, height: 4 }, options);
      expect(result.data.length).toBe(48); // an RGB image now, equalized as one
      expect(
        sameBytes(result.data, fastclahe.clahe({ data: new Uint8Array(buffer.slice(0)), width: 4, height: 4 }).data),
      ).toBe('');
    });

    it('detached by an option getter: named as detached', () => {
      const image = gray();
      const options = counted({}, 'channelOrder', 'rgb', () =>
        structuredClone(image.data.buffer, { transfer: [image.data.buffer] }),
      );
      expect(() => fastclahe.equalizeHist(image, options)).toThrow(
        new TypeError(
          'equalizeHist: expected an array with live memory for image.data but received a Uint8Array whose ArrayBuffer is detached (transferred or resized away)',
        ),
      );
    });
  });

  describe('arrays that lie', () => {
    it('a subclass claiming a larger length: its real pixels are converted, not stale memory', () => {
      class Liar extends Uint8Array {
        override get length(): number {
          return 400;
        }
      }
      fastclahe.rgbToYCrCb({ data: ramp(400), width: 10, height: 10 }); // leaves other pixels in memory
      const data = new Liar(12).fill(200);
      expect(Array.from(fastclahe.rgbToYCrCb({ data, width: 2, height: 2 }).data)).toEqual(
        Array.from(fastclahe.rgbToYCrCb({ data: new Uint8Array(12).fill(200), width: 2, height: 2 }).data),
      );
    });

    it('a length getter that calls back into the library never runs', () => {
      class Reentrant extends Uint8Array {
        override get length(): number {
          fastclahe.clahe({ data: ramp(10000), width: 100, height: 100 });
          return super.length;
        }
      }
      const data = new Reentrant(16);
      data.set(ramp(16));
      expect(sameBytes(fastclahe.clahe({ data, width: 4, height: 4 }).data, fastclahe.clahe(gray()).data)).toBe('');
    });

    it('a data getter that calls back into the library does not disturb the outer call', () => {
      const image = counted({ width: 4, height: 4 }, 'data', ramp(16), () =>
        fastclahe.clahe({ data: ramp(10000), width: 100, height: 100 }),
      );
      expect(sameBytes(fastclahe.clahe(image as never).data, fastclahe.clahe(gray()).data)).toBe('');
    });

    it('a Proxy around a typed array is refused by name', () => {
      const data = new Proxy(ramp(16), {});
      expect(() => fastclahe.clahe({ data, width: 4, height: 4 })).toThrow(
        new TypeError(
          'clahe: expected a Uint8Array, Uint8ClampedArray or Uint16Array for image.data but received an object posing as a Uint8Array (a Proxy or a subclass instance without typed-array storage)',
        ),
      );
    });

    it('typed arrays from another realm are accepted, as input, output and mask', () => {
      const data = runInNewContext('new Uint8Array(16)') as Uint8Array;
      data.set(ramp(16));
      const output = { data: runInNewContext('new Uint8Array(16)') as Uint8Array, width: 4, height: 4 };
      expect(fastclahe.clahe({ data, width: 4, height: 4 }, { output })).toBe(output);
      expect(sameBytes(output.data, fastclahe.clahe(gray()).data)).toBe('');
      const mask = runInNewContext('new Uint8ClampedArray(16).fill(1)') as Uint8ClampedArray;
      expect(sameBytes(fastclahe.histogram({ data, width: 4, height: 4 }, { mask }), fastclahe.histogram(gray()))).toBe(
        '',
      );
    });
  });

  describe('a polluted Object.prototype', () => {
    it('is not read as an option or an image field', () => {
      const polluted = Object.prototype as Record<string, unknown>;
      const trap = gray();
      try {
        Object.assign(polluted, { output: trap, clipLimit: 40, bitDepth: 'x', mask: 'x', data: trap.data });
        const result = fastclahe.clahe(gray());
        expect(result).not.toBe(trap);
        expect(sameBytes(trap.data, ramp(16))).toBe('');
        expect(fastclahe.histogram(gray())[0]).toBe(1);
        expect(() => fastclahe.clahe({ width: 4, height: 4 } as never)).toThrow(
          /for image\.data but received undefined$/,
        );
      } finally {
        for (const key of ['output', 'clipLimit', 'bitDepth', 'mask', 'data']) delete polluted[key];
      }
      expect(sameBytes(fastclahe.clahe(gray(), { clipLimit: 2 }).data, fastclahe.clahe(gray()).data)).toBe('');
    });

    it('class accessors still count: an object whose data, width and height are prototype getters', () => {
      class Picture {
        get data() {
          return ramp(16);
        }
        get width() {
          return 4;
        }
        get height() {
          return 4;
        }
      }
      expect(sameBytes(fastclahe.clahe(new Picture()).data, fastclahe.clahe(gray()).data)).toBe('');
    });
  });

  describe('overlapping output', () => {
    it.each([1, -1])('refuses an output that overlaps the input shifted by %i bytes', (shift) => {
      const store = ramp(17);
      const [inAt, outAt] = shift > 0 ? [0, 1] : [1, 0];
      const image = { data: store.subarray(inAt, inAt + 16), width: 4, height: 4 };
      const output = { data: store.subarray(outAt, outAt + 16), width: 4, height: 4 };
      expect(() => fastclahe.equalizeHist(image, { output })).toThrow(
        new RangeError(
          `equalizeHist: expected the input's own memory or memory apart from it for options.output.data but received memory that overlaps the input's, shifted by ${shift} bytes`,
        ),
      );
      expect(() =>
        fastclahe.rgbToHsv(
          { data: store.subarray(inAt, inAt + 12), width: 2, height: 2 },
          { output: { data: store.subarray(outAt, outAt + 12), width: 2, height: 2 } },
        ),
      ).toThrow(RangeError);
      expect(sameBytes(store, ramp(17))).toBe('');
    });

    it('still works in place, and beside the input in one buffer', () => {
      const store = new Uint8Array(32);
      store.set(ramp(16));
      const image = { data: store.subarray(0, 16), width: 4, height: 4 };
      const expected = fastclahe.clahe(gray()).data;
      fastclahe.clahe(image, { output: { data: store.subarray(16), width: 4, height: 4 } });
      expect(sameBytes(store.subarray(16), expected)).toBe('');
      fastclahe.clahe(image, { output: image });
      expect(sameBytes(image.data, expected)).toBe('');
    });
  });

  describe('error messages in bounded time and length', () => {
    it('describes a tileGridSize of 2^32 − 1 empty slots at once', () => {
      const started = performance.now();
      expect(() => fastclahe.clahe(gray(), { tileGridSize: new Array(2 ** 32 - 1) as never })).toThrow(
        new RangeError(
          'clahe: expected an array of two integers [columns, rows] for options.tileGridSize but received an Array [undefined, undefined, undefined, undefi…]',
        ),
      );
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('quotes 40 characters of a 10-million-character unknown option', () => {
      const key = 'k'.repeat(1e7);
      expect(() => fastclahe.clahe(gray(), { [key]: 1 } as never)).toThrow(
        new RangeError(
          `clahe: expected only clipLimit, tileGridSize, colorSpace, channelOrder, output, bitDepth for options but received an unknown option "${'k'.repeat(39)}…"`,
        ),
      );
    });
  });

  it('width -0 is read as 0, not carried into the result', () => {
    for (const result of [
      fastclahe.clahe({ data: new Uint8Array(0), width: -0, height: 3 }),
      fastclahe.rgbToLab({ data: new Uint8Array(0), width: 3, height: -0 }),
    ]) {
      expect(Object.is(result.width, -0) || Object.is(result.height, -0)).toBe(false);
    }
  });
});
