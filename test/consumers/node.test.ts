// fastclahe in Node and TypeScript, installed from the packed tarball: ESM import, CommonJS
// require, init() with the published .wasm, and a strict TypeScript consumer type-checked and
// run in each module mode TypeScript users configure. All must match native OpenCV's digest.
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as twin from 'fastclahe/js';
import { EXPECTED_DIGEST, knownImageJson } from './helpers/known.js';
import { fixture, Scratch } from './helpers/scratch.js';

const execFileAsync = promisify(execFile);
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const scratch = new Scratch();

afterAll(() => scratch.remove());

function nodeProject(name: string, files: Record<string, string>): string {
  return scratch.project(name, {
    'package.json': JSON.stringify({ name, private: true }),
    'known-image.json': knownImageJson(),
    'known.cjs': fixture('node/known.cjs'),
    ...files,
  });
}

/** Runs node with `args` in `cwd`; the script prints its digests as JSON. */
async function digests(cwd: string, ...args: string[]): Promise<Record<string, string>> {
  const { stdout } = await execFileAsync(process.execPath, args, { cwd });
  return JSON.parse(stdout) as Record<string, string>;
}

describe('Node', () => {
  const project = nodeProject('node', {
    'esm.mjs': fixture('node/esm.mjs'),
    'cjs.cjs': fixture('node/cjs.cjs'),
    'precompiled.mjs': fixture('node/precompiled.mjs'),
  });

  it('ESM import, with no init', async () => {
    expect(await digests(project, 'esm.mjs')).toEqual({ wasm: EXPECTED_DIGEST, js: EXPECTED_DIGEST });
  });

  it('CommonJS require, with no init', async () => {
    expect(await digests(project, 'cjs.cjs')).toEqual({ wasm: EXPECTED_DIGEST, js: EXPECTED_DIGEST });
  });

  it('init() with a module compiled from fastclahe/fastclahe.wasm', async () => {
    expect(await digests(project, 'precompiled.mjs')).toEqual({ precompiled: EXPECTED_DIGEST });
  });
});

describe('loading', () => {
  const project = nodeProject('loading', {});

  it('works right after import in Node ESM and CJS, with no init call', () => {
    const call = 'fc.clahe({ data: new Uint8Array([5, 9, 200, 7]), width: 2, height: 2 }).data.join(",")';
    const node = (...args: string[]) => execFileSync(process.execPath, args, { cwd: project });
    const esm = node('--input-type=module', '-e', `import * as fc from 'fastclahe'; console.log(${call})`);
    const cjs = node('-e', `const fc = require('fastclahe'); console.log(${call})`);
    expect(esm.toString().trim()).toBe(cjs.toString().trim());
    expect(esm.toString().trim()).toBe(
      Array.from(twin.clahe({ data: new Uint8Array([5, 9, 200, 7]), width: 2, height: 2 }).data).join(','),
    );
  });
});

describe('strict TypeScript consumer', () => {
  const consumer = fixture('node/consumer.ts');
  const project = nodeProject('typescript', {
    'consumer.ts': consumer,
    'consumer.mts': consumer,
    'consumer.cts': consumer,
    'run-consumer.cjs': fixture('node/run-consumer.cjs'),
  });
  const STRICT = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    isolatedModules: true,
    skipLibCheck: false, // check fastclahe's .d.ts files too
    target: 'ES2022',
    lib: ['ES2022'], // no DOM: a Node program
    types: [],
  };

  it.each([
    [
      'module nodenext, ESM and CommonJS files, no DOM library',
      { module: 'nodenext', outDir: 'out' },
      ['consumer.mts', 'consumer.cts'],
      ['out/consumer.mjs', 'out/consumer.cjs'],
    ],
    [
      'moduleResolution bundler with the DOM library',
      { module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], noEmit: true },
      ['consumer.ts'],
      [],
    ],
    [
      'legacy moduleResolution node10, CommonJS',
      { module: 'commonjs', moduleResolution: 'node10', outDir: 'out-node10' },
      ['consumer.ts'],
      ['out-node10/consumer.js'],
    ],
  ])('%s', async (name, options, files, compiled) => {
    const config = join(project, `tsconfig.${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files }));
    await execFileAsync(process.execPath, [TSC, '-p', config], { cwd: project }).catch((error: { stdout: string }) => {
      throw new Error(`tsc failed:\n${error.stdout}`);
    });
    for (const file of compiled) {
      expect(await digests(project, 'run-consumer.cjs', file), file).toEqual({
        wasm: EXPECTED_DIGEST,
        js: EXPECTED_DIGEST,
      });
    }
  });
});
