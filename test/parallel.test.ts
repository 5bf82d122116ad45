// fastclahe/parallel against fastclahe: the same bytes, errors and treatment of inputs and
// outputs, above the split threshold (worker threads) and below it (calling thread), with many
// calls in flight, after close(), and a Node process that exits by itself. Imports dist/ (the
// workers run dist/parallelWorker.js): `npm run build` first.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as sync from '../dist/index.js';
import * as parallel from '../dist/parallel.js';
import { sameBytes } from './helpers/bytes.js';
import { Lcg } from './helpers/images.js';

const DIST = fileURLToPath(new URL('../dist/parallel.js', import.meta.url));
const WORKER = fileURLToPath(new URL('../dist/parallelWorker.js', import.meta.url));
if (!existsSync(DIST) || !existsSync(WORKER)) throw new Error('test/parallel.test.ts runs dist/: npm run build first');
// A stale dist/ would test old code while src/ looks tested.
const SOURCES = fileURLToPath(new URL('../src/', import.meta.url));
const newest = Math.max(
  ...readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(SOURCES, file)).mtimeMs),
);
if (statSync(WORKER).mtimeMs < newest) throw new Error('dist/ is older than src/: npm run build first');

const { clahe: THRESHOLD, equalizeHist: COUNTING_THRESHOLD } = parallel.parallelThresholds;

/** Gradient plus noise (a spread-out histogram, tiles that differ), `channels` interleaved, levels below `top`. */
function levels(width: number, height: number, channels: number, seed: number, top: number): number[] {
  const random = new Lcg(seed);
  return Array.from({ length: width * height * channels }, (_, i) => {
    const x = Math.floor(i / channels) % width;
    return Math.min(top, Math.floor(((x + i / width / channels) % 97) * (top / 130)) + random.below(32));
  });
}

function image(width: number, height: number, channels = 1, seed = 1) {
  return { data: Uint8Array.from(levels(width, height, channels, seed, 255)), width, height };
}

function image16(width: number, height: number, channels = 1, top = 65535) {
  return { data: Uint16Array.from(levels(width, height, channels, 1, top)), width, height };
}

// Above the threshold with odd sides, 1×N and N×1; below it.
const LARGE: Array<[number, number]> = [
  [1283, 821],
  [1, THRESHOLD + 7],
  [THRESHOLD + 3, 1],
];
const SIZES: Array<[number, number]> = [...LARGE, [97, 61]];
// equalizeHist and histogram split from 4 MP: the same shapes at that size, and one below.
const COUNTING_LARGE: Array<[number, number]> = [
  [2049, 2051],
  [1, COUNTING_THRESHOLD + 7],
  [COUNTING_THRESHOLD + 3, 1],
];
const COUNTING_SIZES: Array<[number, number]> = [...COUNTING_LARGE, [1283, 821]];

afterAll(() => parallel.close());

type Image = { data: Uint8Array; width: number; height: number };
type Order = { channelOrder?: 'rgb' | 'bgr' };
const CONVERSIONS: Array<
  [string, (image: Image, options: Order) => Promise<Image>, (image: Image, options: Order) => Image]
> = [
  ['rgbToHsv', (i, o) => parallel.rgbToHsv(i, o), (i, o) => sync.rgbToHsv(i, o)],
  ['hsvToRgb', (i, o) => parallel.hsvToRgb(i, o), (i, o) => sync.hsvToRgb(i, o)],
  ['rgbToLab', (i, o) => parallel.rgbToLab(i, o), (i, o) => sync.rgbToLab(i, o)],
  ['labToRgb', (i, o) => parallel.labToRgb(i, o), (i, o) => sync.labToRgb(i, o)],
  ['rgbToYCrCb', (i, o) => parallel.rgbToYCrCb(i, o), (i, o) => sync.rgbToYCrCb(i, o)],
  ['yCrCbToRgb', (i, o) => parallel.yCrCbToRgb(i, o), (i, o) => sync.yCrCbToRgb(i, o)],
];

describe('same bytes as fastclahe', () => {
  it.each(SIZES)('clahe %i×%i, several grids and clip limits', async (width, height) => {
    const gray = image(width, height);
    for (const options of [
      {},
      { clipLimit: 0, tileGridSize: [7, 5] },
      { clipLimit: 40, tileGridSize: [3, 11] },
      { clipLimit: 0.5, tileGridSize: [16, 16] },
    ] as const) {
      const result = await parallel.clahe(gray, options);
      expect(sameBytes(result.data, sync.clahe(gray, options).data), JSON.stringify(options)).toBe('');
    }
  });

  it.each(COUNTING_SIZES)('equalizeHist and histogram %i×%i', async (width, height) => {
    const gray = image(width, height);
    expect(sameBytes((await parallel.equalizeHist(gray)).data, sync.equalizeHist(gray).data)).toBe('');
    const mask = image(width, height, 1, 7).data.map((value) => value & 1);
    for (const options of [{}, { mask }, { bins: 7 }, { bins: 7, mask }]) {
      expect(sameBytes(await parallel.histogram(gray, options), sync.histogram(gray, options))).toBe('');
    }
  });

  it('equalizeHist of a constant large image returns it unchanged', async () => {
    const flat = { data: new Uint8Array(COUNTING_THRESHOLD + 5).fill(93), width: COUNTING_THRESHOLD + 5, height: 1 };
    expect(sameBytes((await parallel.equalizeHist(flat)).data, flat.data)).toBe('');
  });

  it.each(SIZES)('colour: conversions, and CLAHE in HSV, Lab and YCrCb %i×%i', async (width, height) => {
    for (const channels of [3, 4]) {
      const colour = image(width, height, channels);
      for (const [name, convert, expected] of CONVERSIONS) {
        for (const options of [{}, { channelOrder: 'bgr' as const }]) {
          const result = await convert(colour, options);
          expect(sameBytes(result.data, expected(colour, options).data), `${name} ${channels}`).toBe('');
        }
      }
      const full = { fullRange: true };
      expect(sameBytes((await parallel.rgbToHsv(colour, full)).data, sync.rgbToHsv(colour, full).data)).toBe('');
      expect(sameBytes((await parallel.hsvToRgb(colour, full)).data, sync.hsvToRgb(colour, full).data)).toBe('');
      for (const colorSpace of ['hsv', 'lab', 'ycrcb'] as const) {
        for (const options of [
          { colorSpace },
          { colorSpace, channelOrder: 'bgr' as const, clipLimit: 0, tileGridSize: [5, 3] as [number, number] },
        ]) {
          const result = (await parallel.clahe(colour, options)).data;
          expect(sameBytes(result, sync.clahe(colour, options).data), `${JSON.stringify(options)} ${channels}`).toBe(
            '',
          );
        }
      }
    }
  });

  it.each([COUNTING_LARGE[0]!, [97, 61]])(
    'colour equalizeHist and histogram, 16-bit histogram %i×%i',
    async (width, height) => {
      for (const channels of [3, 4]) {
        const colour = image(width, height, channels);
        for (const colorSpace of ['hsv', 'lab', 'ycrcb'] as const) {
          for (const options of [{ colorSpace }, { colorSpace, channelOrder: 'bgr' as const }]) {
            const expected = sync.equalizeHist(colour, options).data;
            const what = `${JSON.stringify(options)} ${channels}`;
            expect(sameBytes((await parallel.equalizeHist(colour, options)).data, expected), what).toBe('');
          }
        }
        for (const options of [{}, { channel: channels - 1 }, { bins: 5 }]) {
          expect(sameBytes(await parallel.histogram(colour, options), sync.histogram(colour, options))).toBe('');
        }
      }
      const deep = image16(width, height);
      for (const options of [{}, { bins: 300 }]) {
        expect(sameBytes(await parallel.histogram(deep, options), sync.histogram(deep, options))).toBe('');
      }
      const rgb16 = image16(width, height, 3);
      expect(sameBytes(await parallel.histogram(rgb16), sync.histogram(rgb16))).toBe('');
    },
  );

  it.each(SIZES)(
    '16-bit CLAHE (gray, YCrCb; 16, 12 and 10 bits) and YCrCb conversions %i×%i',
    async (width, height) => {
      for (const bitDepth of [16, 12, 10] as const) {
        const top = 2 ** bitDepth - 1;
        const deep = image16(width, height, 1, top);
        const rgb16 = image16(width, height, 3, top);
        for (const options of [{ bitDepth }, { bitDepth, clipLimit: 0, tileGridSize: [5, 3] as [number, number] }]) {
          const what = JSON.stringify(options);
          expect(sameBytes((await parallel.clahe(deep, options)).data, sync.clahe(deep, options).data), what).toBe('');
          const colour = { ...options, colorSpace: 'ycrcb' as const };
          expect(sameBytes((await parallel.clahe(rgb16, colour)).data, sync.clahe(rgb16, colour).data), what).toBe('');
        }
      }
      const rgb16 = image16(width, height, 3);
      expect(sameBytes((await parallel.rgbToYCrCb(rgb16)).data, sync.rgbToYCrCb(rgb16).data)).toBe('');
      expect(sameBytes((await parallel.yCrCbToRgb(rgb16)).data, sync.yCrCbToRgb(rgb16).data)).toBe('');
    },
  );

  it.each(COUNTING_SIZES)('16-bit equalizeHist (gray, YCrCb; 16 and 12 bits) %i×%i', async (width, height) => {
    for (const bitDepth of [16, 12] as const) {
      const top = 2 ** bitDepth - 1;
      const deep = image16(width, height, 1, top);
      const rgb16 = image16(width, height, 3, top);
      const colour = { bitDepth, colorSpace: 'ycrcb' as const };
      const gray = { bitDepth };
      expect(sameBytes((await parallel.equalizeHist(deep, gray)).data, sync.equalizeHist(deep, gray).data)).toBe('');
      expect(sameBytes((await parallel.equalizeHist(rgb16, colour)).data, sync.equalizeHist(rgb16, colour).data)).toBe(
        '',
      );
    }
    const flat = { data: new Uint16Array(width * height).fill(40000), width, height };
    expect(sameBytes((await parallel.equalizeHist(flat)).data, flat.data)).toBe('');
  });
});

describe('inputs and outputs', () => {
  const [width, height] = LARGE[0]!;

  it('splits large calls: the output is written after the call returns, not before', async () => {
    const cases: Array<
      [(input: Image, options: { output: Image }) => Promise<Image>, (input: Image) => Image, [number, number]]
    > = [
      [(input, options) => parallel.clahe(input, options), (input) => sync.clahe(input), LARGE[0]!],
      [
        (input, options) => parallel.equalizeHist(input, options),
        (input) => sync.equalizeHist(input),
        COUNTING_LARGE[0]!,
      ],
    ];
    for (const channels of [1, 3, 4]) {
      for (const [split, expected, [width, height]] of cases) {
        const input = image(width, height, channels);
        const output = { data: new Uint8Array(width * height * channels), width, height };
        const pending = split(input, { output });
        expect(
          output.data.every((value) => value === 0),
          `${channels} channels`,
        ).toBe(true);
        expect(await pending).toBe(output);
        expect(sameBytes(output.data, expected(input).data)).toBe('');
      }
    }
  });

  it('splits large 16-bit calls too (gray and YCrCb)', async () => {
    type Image16 = { data: Uint16Array; width: number; height: number };
    const cases: Array<[(input: Image16, options: { output: Image16 }) => Promise<Image16>, [number, number]]> = [
      [(input, options) => parallel.clahe(input, options), LARGE[0]!],
      [(input, options) => parallel.equalizeHist(input, options), COUNTING_LARGE[0]!],
    ];
    for (const channels of [1, 3]) {
      for (const [split, [width, height]] of cases) {
        const input = image16(width, height, channels);
        const output = { data: new Uint16Array(width * height * channels), width, height };
        const colour = channels === 3 ? { colorSpace: 'ycrcb' as const } : {};
        const pending = split(input, { output, ...colour });
        expect(
          output.data.every((value) => value === 0),
          `${channels} channels`,
        ).toBe(true);
        expect(await pending).toBe(output);
      }
    }
  });

  it('reads the input before the call returns: changing it afterwards changes nothing', async () => {
    // The first call finds the workers idle and copies at once; the second waits its turn and reads a copy.
    const first = image(width, height, 1, 7);
    const second = image(width, height, 4, 8);
    const expected = [sync.clahe(first).data, sync.rgbToHsv(second).data];
    const pending = [parallel.clahe(first), parallel.rgbToHsv(second)];
    first.data.fill(0);
    second.data.fill(255);
    const results = await Promise.all(pending);
    expect(sameBytes(results[0]!.data, expected[0]!)).toBe('');
    expect(sameBytes(results[1]!.data, expected[1]!)).toBe('');
  });

  it('never modifies the input, and honours output (also the image itself)', async () => {
    const gray = image(width, height);
    const rgba = { ...image(width, height, 4), data: new Uint8ClampedArray(image(width, height, 4).data) };
    const grayCopy = gray.data.slice();
    const rgbaCopy = rgba.data.slice();
    await parallel.clahe(gray, { clipLimit: 3 });
    await parallel.equalizeHist(gray);
    await parallel.histogram(gray, { mask: grayCopy });
    await parallel.rgbToLab(rgba);
    expect(sameBytes(gray.data, grayCopy)).toBe('');
    expect(sameBytes(rgba.data, rgbaCopy)).toBe('');

    const result = await parallel.rgbToHsv(rgba);
    expect(result.data).toBeInstanceOf(Uint8ClampedArray);
    const inPlace = await parallel.clahe(gray, { output: gray });
    expect(inPlace).toBe(gray);
    expect(sameBytes(gray.data, sync.clahe({ ...gray, data: grayCopy }).data)).toBe('');
    const hsvInPlace = await parallel.rgbToHsv(rgba, { output: rgba });
    expect(hsvInPlace).toBe(rgba);
    expect(sameBytes(rgba.data, result.data)).toBe('');
  });
});

describe('pixels on a SharedArrayBuffer', () => {
  /** Counts, on this thread, copies of at least 4096 values into or out of a SharedArrayBuffer. */
  function countSharedCopies(): () => number {
    let copies = 0;
    const shared = (array: unknown) => ArrayBuffer.isView(array) && array.buffer instanceof SharedArrayBuffer;
    const originals = [Uint8Array, Uint16Array].map((type) => [type, type.prototype.set] as const);
    for (const [type, set] of originals)
      type.prototype.set = function (this: Uint8Array, source: ArrayLike<number>, offset?: number) {
        if ((source.length >= 4096 && shared(this)) || shared(source)) copies++;
        return set.call(this, source as Uint8Array, offset);
      } as typeof set;
    return () => {
      for (const [type, set] of originals) type.prototype.set = set as never;
      return copies;
    };
  }

  function onShared<T extends { data: Uint8Array | Uint16Array }>(image: T): T {
    const data = image.data;
    const copy = new (data.constructor as Uint8ArrayConstructor)(new SharedArrayBuffer(data.byteLength));
    copy.set(data);
    return { ...image, data: copy };
  }

  it('are used where they are: nothing copied in or out on the calling thread, same bytes, input unchanged', async () => {
    const [width, height] = LARGE[0]!;
    const [cw, ch] = COUNTING_LARGE[0]!;
    const cases: Array<
      [
        string,
        { data: Uint8Array | Uint16Array; width: number; height: number },
        (input: any, output: any) => Promise<unknown>,
        (input: any) => { data: ArrayLike<number> },
      ]
    > = [
      ['clahe', image(width, height), (i, o) => parallel.clahe(i, { output: o }), (i) => sync.clahe(i)],
      [
        'clahe Lab',
        image(width, height, 4),
        (i, o) => parallel.clahe(i, { output: o, colorSpace: 'lab' }),
        (i) => sync.clahe(i, { colorSpace: 'lab' }),
      ],
      ['clahe 16-bit', image16(width, height), (i, o) => parallel.clahe(i, { output: o }), (i) => sync.clahe(i)],
      ['equalizeHist', image(cw, ch), (i, o) => parallel.equalizeHist(i, { output: o }), (i) => sync.equalizeHist(i)],
      [
        'equalizeHist HSV',
        image(cw, ch, 3),
        (i, o) => parallel.equalizeHist(i, { output: o, colorSpace: 'hsv' }),
        (i) => sync.equalizeHist(i, { colorSpace: 'hsv' }),
      ],
      ['rgbToHsv', image(width, height, 4), (i, o) => parallel.rgbToHsv(i, { output: o }), (i) => sync.rgbToHsv(i)],
    ];
    for (const [name, plain, run, expected] of cases) {
      const input = onShared(plain);
      const output = onShared({ ...plain, data: plain.data.slice().fill(0) });
      const stop = countSharedCopies();
      const result = await run(input, output).finally(() => expect(stop(), name).toBe(0));
      expect(result, name).toBe(output);
      expect(sameBytes(output.data, expected(plain).data), name).toBe('');
      expect(sameBytes(input.data, plain.data), name).toBe('');
    }
    const counted = onShared(image(cw, ch));
    const stop = countSharedCopies();
    const counts = await parallel.histogram(counted);
    expect(stop()).toBe(0);
    expect(counts).toEqual(sync.histogram(image(cw, ch)));
  });

  it('a shared input with a plain output, a plain input with a shared output, and in place: same bytes', async () => {
    const [width, height] = LARGE[0]!;
    const [cw, ch] = COUNTING_LARGE[0]!;
    for (const [plain, run, expected] of [
      [
        image(width, height, 4),
        (i: Image, o?: Image) => parallel.clahe(i, { colorSpace: 'hsv', ...(o ? { output: o } : {}) }),
        (i: Image) => sync.clahe(i, { colorSpace: 'hsv' }),
      ],
      [
        image(cw, ch),
        (i: Image, o?: Image) => parallel.equalizeHist(i, o ? { output: o } : {}),
        (i: Image) => sync.equalizeHist(i),
      ],
      [
        image(width, height, 3),
        (i: Image, o?: Image) => parallel.labToRgb(i, o ? { output: o } : {}),
        (i: Image) => sync.labToRgb(i),
      ],
    ] as const) {
      const want = expected(plain).data;
      const sharedIn = onShared(plain);
      expect(sameBytes((await run(sharedIn)).data, want)).toBe('');
      expect(sameBytes(sharedIn.data, plain.data)).toBe('');
      const sharedOut = onShared({ ...plain, data: plain.data.slice().fill(0) });
      await run(plain, sharedOut);
      expect(sameBytes(sharedOut.data, want)).toBe('');
      // In place: the output is the input, so the workers work on a copy.
      const both = onShared(plain);
      expect(await run(both, both)).toBe(both);
      expect(sameBytes(both.data, want)).toBe('');
    }
  });
});

describe('errors', () => {
  const big = () => image(LARGE[0]![0], LARGE[0]![1]);
  // Each case is written once against fastclahe's types; parallel takes the same arguments.
  const CASES: Array<[string, (build: typeof sync) => unknown]> = [
    ['no image', (b) => b.clahe(undefined as never)],
    ['bad clip limit on a large image', (b) => b.clahe(big(), { clipLimit: Number.NaN })],
    ['bad grid on a large image', (b) => b.clahe(big(), { tileGridSize: [0, 8] })],
    ['unknown option', (b) => b.equalizeHist(big(), { colourSpace: 'lab' } as never)],
    ['short mask', (b) => b.histogram(big(), { mask: new Uint8Array(3) })],
    ['gray to rgbToHsv', (b) => b.rgbToHsv(big())],
    ['16-bit to rgbToLab', (b) => b.rgbToLab(image16(1024, 1024, 3) as never)],
    ['wrong output size', (b) => b.yCrCbToRgb(image(1024, 1024, 3), { output: image(1024, 1023, 3) })],
  ];

  it.each(CASES)('%s: the same error, as a rejection', async (_name, call) => {
    let expected: unknown;
    try {
      call(sync);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(Error);
    let returned: unknown;
    expect(() => {
      returned = call(parallel as unknown as typeof sync);
    }).not.toThrow();
    expect(returned).toBeInstanceOf(Promise);
    const rejection = await (returned as Promise<unknown>).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(rejection).toBeInstanceOf((expected as Error).constructor);
    expect((rejection as Error).message).toBe((expected as Error).message);
  });
});

describe('workers', () => {
  it('runs many calls at once, each correctly', async () => {
    // clahe and rgbToLab split from 1 MP, equalizeHist from 4 MP.
    const inputs = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 1 ? image(2100 + i, 2000, 1, i + 3) : image(1100 + i, 1000, i % 3 === 2 ? 3 : 1, i + 3),
    );
    const results = await Promise.all(
      inputs.map((input, i) =>
        i % 3 === 0 ? parallel.clahe(input) : i % 3 === 1 ? parallel.equalizeHist(input) : parallel.rgbToLab(input),
      ),
    );
    results.forEach((result, i) => {
      const expected =
        i % 3 === 0 ? sync.clahe(inputs[i]!) : i % 3 === 1 ? sync.equalizeHist(inputs[i]!) : sync.rgbToLab(inputs[i]!);
      expect(sameBytes(result.data, expected.data), `call ${i}`).toBe('');
    });
  });

  it('close() lets calls made before it finish, and later calls start new workers', async () => {
    const gray = image(LARGE[0]![0], LARGE[0]![1]);
    const expected = sync.clahe(gray).data;
    const before = parallel.clahe(gray);
    const closed = parallel.close();
    expect(sameBytes((await before).data, expected)).toBe('');
    await closed;
    await parallel.close(); // twice is harmless
    expect(sameBytes((await parallel.clahe(gray)).data, expected)).toBe('');
  });

  it('a Node process that calls clahe exits by itself (idle workers are unref’d)', async () => {
    const script = `import { clahe } from ${JSON.stringify(DIST)};
const width = 2048, height = 1024;
const data = new Uint8Array(width * height).map((_, i) => (i * 2654435761) >>> 24);
const result = await clahe({ data, width, height });
console.log(result.data.length);`;
    const started = Date.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 30_000,
    });
    expect(stdout.trim()).toBe(String(2048 * 1024));
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('when workers fail (here: cannot start), runs on the calling thread: same bytes, and splits no more', async () => {
    // A stand-in worker_threads whose workers fail as one that cannot compile WebAssembly would.
    const script = `import { EventEmitter } from 'node:events';
const builtin = process.getBuiltinModule.bind(process);
let started = 0;
class Worker extends EventEmitter {
  constructor() { super(); started++; setTimeout(() => this.emit('error', new Error('no WebAssembly here'))); }
  postMessage() {}
  ref() {}
  unref() {}
  terminate() { return Promise.resolve(0); }
}
process.getBuiltinModule = (name) => (name === 'node:worker_threads' ? { Worker } : builtin(name));
const sync = await import(${JSON.stringify(DIST.replace(/parallel\.js$/, 'index.js'))});
const parallel = await import(${JSON.stringify(DIST)});
const width = 2048, height = 2048;
const image = { data: new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + ((i * 2654435761) >>> 28)), width, height };
const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
const results = [
  same((await parallel.clahe(image)).data, sync.clahe(image).data),
  same(await parallel.histogram(image, { bins: 9 }), sync.histogram(image, { bins: 9 })),
  same((await parallel.equalizeHist(image)).data, sync.equalizeHist(image).data),
];
console.log(JSON.stringify({ results, started }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 30_000,
    });
    // The first call's two workers failed; the later calls did not try again.
    expect(JSON.parse(stdout)).toEqual({ results: [true, true, true], started: 2 });
  });

  it('without Atomics.waitAsync (Firefox), copies the result out at the end: same bytes', async () => {
    const script = `delete Atomics.waitAsync;
const sync = await import(${JSON.stringify(DIST.replace(/parallel\.js$/, 'index.js'))});
const parallel = await import(${JSON.stringify(DIST)});
const width = 2048, height = 2048;
const image = { data: new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + ((i * 2654435761) >>> 28)), width, height };
const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
console.log(JSON.stringify([
  same((await parallel.clahe(image)).data, sync.clahe(image).data),
  same((await parallel.equalizeHist(image)).data, sync.equalizeHist(image).data),
]));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 30_000,
    });
    expect(JSON.parse(stdout)).toEqual([true, true]);
  });
});
