// fastclahe/parallel in Chromium, from the packed package, with no bundler and through Vite's
// production build: on a cross-origin isolated page (COOP + COEP, under a Content-Security-
// Policy) large calls run on module workers sharing a SharedArrayBuffer; on a page that is not
// isolated they run on the calling thread; under script-src 'self' alone the workers cannot
// compile and the call falls back to the calling thread. Every result must equal the
// synchronous function's.
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pageResults } from './helpers/chromium.js';
import { fixture, Scratch } from './helpers/scratch.js';
import { serve } from './helpers/server.js';

const scratch = new Scratch();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  scratch.remove();
});

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>fastclahe/parallel</title>
<script type="module" src="/parallel.js"></script>
`;

// 2048×2048 = 2^22 pixels: at the thresholds of every function split here. `split` says whether clahe ran on workers:
// the output is untouched when the call returns only if the work was posted to them.
const SCRIPT = `import * as sync from '/npm/fastclahe/dist/index.js';
import * as parallel from '/npm/fastclahe/dist/parallel.js';

const width = 2048, height = 2048;
const data = new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + (Math.imul(i, 2654435761) >>> 28));
const image = { data, width, height };
const rgba = new ImageData(new Uint8ClampedArray(width * height * 4).map((_, i) => Math.imul(i, 40503) >>> 8), width, height);
const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);

async function run() {
  const output = { data: new Uint8Array(width * height), width, height };
  const pending = parallel.clahe(image, { output });
  const split = output.data.every((value) => value === 0);
  await pending;
  return {
    isolated: String(globalThis.crossOriginIsolated),
    split: String(split),
    clahe: String(same(output.data, sync.clahe(image).data)),
    equalizeHist: String(same((await parallel.equalizeHist(image)).data, sync.equalizeHist(image).data)),
    histogram: String(same(await parallel.histogram(image, { bins: 10 }), sync.histogram(image, { bins: 10 }))),
    rgbToHsv: String(same((await parallel.rgbToHsv(rgba)).data, sync.rgbToHsv(rgba).data)),
    rejection: await parallel.clahe(image, { clipLimit: 'x' }).then(() => 'none', (error) => error.message),
    shared: await onShared(),
  };
}

// Pixels on SharedArrayBuffers (isolated pages only), which the workers use where they are.
async function onShared() {
  if (!globalThis.crossOriginIsolated) return 'unavailable';
  const shared = () => new Uint8Array(new SharedArrayBuffer(width * height));
  const input = { data: shared(), width, height };
  input.data.set(data);
  const equalized = { data: shared(), width, height };
  const enhanced = { data: shared(), width, height };
  await parallel.equalizeHist(input, { output: equalized });
  await parallel.clahe(input, { output: enhanced });
  return String(same(equalized.data, sync.equalizeHist(image).data) && same(enhanced.data, sync.clahe(image).data) && same(input.data, data));
}

run().then(
  (results) => (globalThis.fastclaheResults = results),
  (error) => (globalThis.fastclaheResults = { error: String(error?.stack ?? error) }),
);
`;

// Under script-src 'self' alone neither the page nor its workers may compile WebAssembly: the
// split call's workers fail, and so does the calling thread it falls back to, saying why; once
// init() adopts a module compiled by a worker with its own permissive policy (fixtures/
// compile-wasm.js), calls run on the calling thread with that module, same bytes.
const STRICT_SCRIPT = `import * as sync from '/npm/fastclahe/dist/index.js';
import * as parallel from '/npm/fastclahe/dist/parallel.js';

const width = 2048, height = 2048;
const data = new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + (Math.imul(i, 2654435761) >>> 28));
const image = { data, width, height };
const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);

async function run() {
  const refusal = await parallel.clahe(image).then(() => 'no error', (error) => error.message);
  const worker = new Worker('./compile-wasm.js', { type: 'module' });
  const module = await new Promise((resolve, reject) => {
    worker.addEventListener('message', ({ data }) => (data instanceof WebAssembly.Module ? resolve(data) : reject(new Error(data))));
  });
  await sync.init(module);
  return {
    isolated: String(globalThis.crossOriginIsolated),
    refusal,
    clahe: String(same((await parallel.clahe(image)).data, sync.clahe(image).data)),
    equalizeHist: String(same((await parallel.equalizeHist(image)).data, sync.equalizeHist(image).data)),
  };
}

run().then(
  (results) => (globalThis.fastclaheResults = results),
  (error) => (globalThis.fastclaheResults = { error: String(error?.stack ?? error) }),
);
`;

// The same through Vite's production build, which finds the worker file from
// new Worker(new URL('./parallelWorker.js', import.meta.url), { type: 'module' }) and bundles it.
const VITE_MAIN = `import * as sync from 'fastclahe';
import * as parallel from 'fastclahe/parallel';

const width = 2048, height = 2048;
const image = { data: new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + (Math.imul(i, 2654435761) >>> 28)), width, height };
const output = { data: new Uint8Array(width * height), width, height };
const pending = parallel.clahe(image, { output });
const split = output.data.every((value) => value === 0);
await pending;
const expected = sync.clahe(image).data;
globalThis.fastclaheResults = {
  isolated: String(globalThis.crossOriginIsolated),
  split: String(split),
  clahe: String(output.data.every((value, i) => value === expected[i])),
};
`;

const SAME = { clahe: 'true', equalizeHist: 'true', histogram: 'true', rgbToHsv: 'true' };
const REJECTION =
  'clahe: expected a finite number (≤ 0 disables clipping) for options.clipLimit but received the string "x"';
const POLICY = { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" };
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

describe('fastclahe/parallel in Chromium, no bundler', () => {
  const root = scratch.project('parallel-browser', {
    'index.html': PAGE,
    'parallel.js': SCRIPT,
    'strict.html': PAGE.replace('/parallel.js', '/strict.js'),
    'strict.js': STRICT_SCRIPT,
    'compile-wasm.js': fixture('compile-wasm.js'),
  });
  const routes: Array<[string, string]> = [
    ['/npm/fastclahe/', join(root, 'node_modules', 'fastclahe')],
    ['/', root],
  ];

  async function results(
    headers: Record<string, string>,
    page = '/index.html',
    policy: (path: string) => Record<string, string> = () => ({}),
  ): Promise<Record<string, string>> {
    const site = await serve(routes, (path) => ({ ...headers, ...policy(path) }));
    try {
      return await pageResults(browser, site.origin + page);
    } finally {
      await site.close();
    }
  }

  it('cross-origin isolated, under a Content-Security-Policy: module workers, same bytes', async () => {
    expect(await results({ ...ISOLATION, ...POLICY })).toEqual({
      isolated: 'true',
      split: 'true',
      ...SAME,
      rejection: REJECTION,
      shared: 'true',
    });
  });

  it('not isolated: the calling thread, same bytes', async () => {
    expect(await results(POLICY)).toEqual({
      isolated: 'false',
      split: 'false',
      ...SAME,
      rejection: REJECTION,
      shared: 'unavailable',
    });
  });

  it("cross-origin isolated under script-src 'self' alone: explains the refusal, then runs with init(module)", async () => {
    const strict = { 'content-security-policy': "default-src 'self'; script-src 'self'" };
    const result = await results(ISOLATION, '/strict.html', (path) => (path === '/compile-wasm.js' ? POLICY : strict));
    expect(result.refusal).toMatch(/Content Security Policy.*wasm-unsafe-eval.*init\(module\)/s);
    expect({ ...result, refusal: undefined }).toEqual({
      isolated: 'true',
      refusal: undefined,
      clahe: 'true',
      equalizeHist: 'true',
    });
  });

  it('Vite production build, cross-origin isolated: the bundled module worker splits, same bytes', async () => {
    const app = scratch.project('parallel-vite', {
      'index.html': PAGE.replace('/parallel.js', './main.js'),
      'main.js': VITE_MAIN,
    });
    await viteBuild({ root: app, configFile: false, logLevel: 'silent', build: { outDir: 'dist', target: 'es2022' } });
    const site = await serve([['/', join(app, 'dist')]], () => ({ ...ISOLATION, ...POLICY }));
    try {
      expect(await pageResults(browser, `${site.origin}/index.html`)).toEqual({
        isolated: 'true',
        split: 'true',
        clahe: 'true',
      });
    } finally {
      await site.close();
    }
  });
});
