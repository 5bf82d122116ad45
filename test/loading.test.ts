// How the WebAssembly module loads: no init needed in Node ESM or CJS; init() is optional,
// idempotent, safe to call concurrently, and accepts a precompiled module.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { sameBytes } from './helpers/bytes.js';
import { readGrayPhoto } from './helpers/images.js';
import * as twin from '../dist/js.js';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const image = readGrayPhoto('clock_motion.png');
const expected = twin.clahe(image).data;

async function freshBuild(): Promise<typeof import('../dist/index.js')> {
  vi.resetModules();
  return import('../dist/index.js');
}

describe('loading', () => {
  it('works right after import in Node ESM and CJS, with no init call', () => {
    const call = 'fc.clahe({ data: new Uint8Array([5, 9, 200, 7]), width: 2, height: 2 }).data.join(",")';
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as fc from ${JSON.stringify(dist('index.js'))}; console.log(${call})`]);
    const cjs = execFileSync(process.execPath, ['-e', `const fc = require(${JSON.stringify(dist('index.cjs'))}); console.log(${call})`]);
    expect(esm.toString().trim()).toBe(cjs.toString().trim());
    expect(esm.toString().trim()).toBe(Array.from(twin.clahe({ data: new Uint8Array([5, 9, 200, 7]), width: 2, height: 2 }).data).join(','));
  });

  it('lets init() be awaited twice and concurrently before the first call', async () => {
    const build = await freshBuild();
    const loads = [build.init(), build.init(), build.init()];
    await Promise.all(loads);
    await build.init();
    expect(sameBytes(build.clahe(image).data, expected)).toBe('');
  });

  it('adopts a precompiled WebAssembly.Module from fastclahe/fastclahe.wasm', async () => {
    const build = await freshBuild();
    const module = await WebAssembly.compile(readFileSync(dist('fastclahe.wasm')));
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

describe('builds', () => {
  it('runs the SIMD build in Node and the scalar one when given fastclahe/fastclahe.wasm', async () => {
    const { BACKENDS } = await import('./helpers/backends.js');
    const [[, simd], [, scalar]] = BACKENDS;
    expect(simd.wasmInfo().simd).toBe(true);
    expect(scalar.wasmInfo().simd).toBe(false);
    expect(WebAssembly.validate(readFileSync(dist('fastclahe-simd.wasm')))).toBe(true);
  });
});
