// How the WebAssembly module loads: init() is optional, idempotent, safe to call concurrently,
// and accepts a precompiled module. (That Node ESM and CJS need no init is tested on the packed
// package, in test/consumers/node.test.ts.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as twin from 'fastclahe/js';
import { REQUIRED_EXPORTS } from '../src/wasm/exports.js';
import { sameBytes } from './helpers/bytes.js';
import { readGrayPhoto } from './helpers/images.js';

/** The asc output in build/, which tsup copies to dist/ and the package exports as fastclahe/fastclahe.wasm. */
const built = (file: string) => fileURLToPath(new URL(`../build/${file}`, import.meta.url));
const image = readGrayPhoto('clock_motion.png');
const expected = twin.clahe(image).data;

async function freshBuild(): Promise<typeof import('fastclahe')> {
  vi.resetModules();
  return import('fastclahe');
}

describe('loading', () => {
  it('lets init() be awaited twice and concurrently before the first call', async () => {
    const build = await freshBuild();
    const loads = [build.init(), build.init(), build.init()];
    await Promise.all(loads);
    await build.init();
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });

  it('adopts a precompiled WebAssembly.Module from fastclahe/fastclahe.wasm', async () => {
    const build = await freshBuild();
    const module = await WebAssembly.compile(readFileSync(built('fastclahe.wasm')));
    await build.init(module);
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });

  it('recovers when init() is given bytes that are not a module', async () => {
    const build = await freshBuild();
    await expect(build.init(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(WebAssembly.CompileError);
    await build.init();
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });
});

describe('init with what is not fastclahe', () => {
  /** An empty module, valid WebAssembly but without fastclahe's exports. */
  const FOREIGN = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

  it('rejects a foreign module by name, and a later init() loads fastclahe', async () => {
    const build = await freshBuild();
    await expect(build.init(new WebAssembly.Module(FOREIGN))).rejects.toThrow(
      new TypeError(
        `init: expected fastclahe's WebAssembly module (fastclahe/fastclahe.wasm or fastclahe-simd.wasm) for source but received a module without memory, heapBase, simd and ${REQUIRED_EXPORTS.length - 3} more exports`,
      ),
    );
    await build.init();
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });

  it('rejects foreign bytes the same way, and the first call after compiles its own module', async () => {
    const build = await freshBuild();
    await expect(build.init(FOREIGN)).rejects.toThrow(/^init: expected fastclahe's WebAssembly module/);
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });

  it('takes the module bytes as a DataView, which its type allows', async () => {
    const build = await freshBuild();
    const bytes = readFileSync(built('fastclahe-simd.wasm'));
    await build.init(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    expect(build.wasmInfo().simd).toBe(true);
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });
});

describe('wasmInfo', () => {
  it('reports the memory its documentation example states, in a fresh module', async () => {
    const example = /wasmInfo\(\); \/\/ \{ simd: true, memoryBytes: (\d+) \}/.exec(
      readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8'),
    );
    expect(example, "src/index.ts's wasmInfo example").not.toBeNull();
    const build = await freshBuild();
    build.clahe({ data: new Uint8Array(3840 * 2160), width: 3840, height: 2160 });
    expect(build.wasmInfo()).toEqual({ simd: true, memoryBytes: Number(example![1]) });
  });
});

describe('an engine without WebAssembly SIMD', () => {
  it('gets an error that says to load the scalar build, and runs once init() is given it', async () => {
    const build = await freshBuild();
    const validate = vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    try {
      const message = /does not support WebAssembly SIMD.*init\(bytes\).*fastclahe\/fastclahe\.wasm.*'fastclahe\/js'/;
      expect(() => build.clahe(image)).toThrow(message);
      await expect(build.init()).rejects.toThrow(message);
      await build.init(readFileSync(built('fastclahe.wasm')));
      expect(build.wasmInfo().simd).toBe(false);
      expect(sameBytes(build.clahe(image).data, expected)).toBe('');
    } finally {
      validate.mockRestore();
      vi.resetModules(); // later imports get a module with the SIMD build again
    }
  });
});

describe('builds', () => {
  it('runs the SIMD build in Node and the scalar one when given fastclahe/fastclahe.wasm', async () => {
    const { BACKENDS } = await import('./helpers/backends.js');
    const [[, simd], [, scalar]] = BACKENDS;
    expect(simd.wasmInfo().simd).toBe(true);
    expect(scalar.wasmInfo().simd).toBe(false);
    expect(WebAssembly.validate(readFileSync(built('fastclahe-simd.wasm')))).toBe(true);
  });
});
