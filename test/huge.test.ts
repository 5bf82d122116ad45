// Images near and past the WebAssembly build's limits, without allocating them: the scratch
// layout is checked through the module's own exports, refusals happen before any memory is
// touched (typed arrays are allocated lazily, zero pages cost nothing until written), and the
// one real 2 GiB pass only reads zero pages. Real multi-gigabyte runs: scripts/huge.mjs.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './helpers/backends.js';
import { sameBytes } from './helpers/bytes.js';
import { readColourPhoto } from './helpers/images.js';
import type { WasmExports } from '../src/wasm/exports.js';

const built = (file: string) => fileURLToPath(new URL(`../build/${file}`, import.meta.url));
const exportsOf = (file: string) =>
  new WebAssembly.Instance(new WebAssembly.Module(readFileSync(built(file))), {}).exports as unknown as WasmExports;
const MODULES = [
  ['SIMD', 'fastclahe-simd.wasm'],
  ['scalar', 'fastclahe.wasm'],
] as const;
const WASM_BACKENDS = BACKENDS.slice(0, 2);
const GiB = 2 ** 30;

describe.each(MODULES)('%s module: scratch sizes in 64-bit', (_, file) => {
  const module = exportsOf(file);

  it('claheScratchBytes for a 2^30-pixel-wide row does not wrap (3 × 4 × width alone is 12 GiB)', () => {
    // LUTs, eight-way row histograms, tilesX + 1 cells, three per-column arrays of u32.
    expect(module.claheScratchBytes(2 ** 30, 1, 1)).toBe(256 + 1024 * 8 + 2 * 1024 + 3 * 4 * 2 ** 30);
    expect(module.claheScratchBytes(2 ** 31 - 1, 3, 2)).toBe(6 * 256 + 3 * 1024 * 8 + 4 * 1024 + 3 * 4 * 2 ** 31);
  });

  it('clahe16ScratchBytes for a 2^28-pixel-wide row does not wrap', () => {
    expect(module.clahe16ScratchBytes(2 ** 28, 1, 1, 65536)).toBe(65536 * 2 + 65536 * 4 + 4 * 4 * 2 ** 28);
  });

  it('histogram counts 2^31 + 8 pixels: the length reaches the kernel unsigned', () => {
    const bins = module.heapBase();
    const src = bins + 1024;
    const length = 2 ** 31 + 8;
    const pages = Math.ceil((src + length - module.memory.buffer.byteLength) / 65536);
    try {
      module.memory.grow(pages);
    } catch {
      return; // an engine or machine without 2 GiB of address space for it: nothing to test
    }
    module.histogram(src, length, 0, bins); // reads zero pages, which cost no memory
    const counts = new Uint32Array(module.memory.buffer, bins, 256);
    expect(counts[0]).toBe(length);
    expect(counts.slice(1).every((count) => count === 0)).toBe(true);
  });
});

describe.each(WASM_BACKENDS)('%s: images whose working set exceeds 4 GiB', (_, fastclahe) => {
  it('refuses a 2^30 × 1 gray CLAHE by name, before touching memory, and keeps every table intact', () => {
    const lab = fastclahe.rgbToLab(readColourPhoto('astronaut.png')).data;
    const wide = { data: new Uint8Array(GiB), width: GiB, height: 1 };
    expect(() => fastclahe.clahe(wide)).toThrow(
      new RangeError(
        "clahe: expected an image whose working set fits in WebAssembly memory (4 GiB; 'fastclahe/js' has no such limit) for image but received one that needs 13313 MiB",
      ),
    );
    expect((fastclahe as typeof import('fastclahe')).wasmInfo().memoryBytes).toBeLessThan(GiB);
    expect(sameBytes(fastclahe.rgbToLab(readColourPhoto('astronaut.png')).data, lab)).toBe('');
  });

  it('refuses a 2^28 × 1 16-bit CLAHE the same way', () => {
    const wide = { data: new Uint16Array(2 ** 28), width: 2 ** 28, height: 1 };
    expect(() => fastclahe.clahe(wide)).toThrow(
      /^clahe: expected an image whose working set fits in WebAssembly memory .* for image but received one that needs 4611 MiB$/,
    );
  });
});

describe.each(BACKENDS)('%s: tiles of 2^31 pixels or more', (_, fastclahe) => {
  it('refuses tileGridSize [1, 1] on 50000 × 50000: OpenCV and both builds sum a tile in int', () => {
    const image = { data: new Uint8Array(50000 * 50000), width: 50000, height: 50000 };
    expect(() => fastclahe.clahe(image, { tileGridSize: [1, 1] })).toThrow(
      new RangeError(
        'clahe: expected a grid whose tiles hold at most 2147483647 pixels (2^31 − 1) for options.tileGridSize but received [1, 1], which makes tiles of 50000×50000 pixels on this 50000×50000 image',
      ),
    );
  });
});

describe('WebAssembly memory that cannot be created', () => {
  it('explains V8\'s "Cannot allocate Wasm memory" under ulimit -v and points to fastclahe/js', async () => {
    const bundle = join(tmpdir(), `fastclahe-ulimit-${process.pid}.mjs`);
    const { outputFiles } = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2020',
      loader: { '.wasm': 'binary' },
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(
      bundle,
      `${outputFiles[0]!.text}\ntry { clahe({ data: new Uint8Array(4), width: 2, height: 2 }); } catch (error) { console.log(error.message); }\n`,
    );
    const { stdout } = await promisify(execFile)('sh', [
      '-c',
      `ulimit -v 3000000 && exec "${process.execPath}" "${bundle}"`,
    ]);
    expect(stdout).toMatch(
      /^fastclahe could not create its WebAssembly memory: .*Cannot allocate Wasm memory.* import the same functions from 'fastclahe\/js'/,
    );
  });
});
