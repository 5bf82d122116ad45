// fastclahe in Chromium, installed from the packed tarball: bundled by Vite (production build
// and dev server), webpack 5 and esbuild, and with no bundler at all, each on the page and in a
// module worker; then under Content-Security-Policies. Every case enhances the known image and
// must reproduce native OpenCV's digest.
import { build as esbuild } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build as viteBuild, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { launchChromium, pageResults } from './helpers/chromium.js';
import { EXPECTED_DIGEST, knownImageJson } from './helpers/known.js';
import { fixture, Scratch } from './helpers/scratch.js';
import { serve, type Route } from './helpers/server.js';

const scratch = new Scratch();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  scratch.remove();
});

const ON_PAGE_AND_IN_WORKER = { page: EXPECTED_DIGEST, worker: EXPECTED_DIGEST };

/** The app of fixtures/main.js as a project: index.html, main.js, worker.js, public/. */
function appProject(name: string): string {
  return scratch.project(name, {
    'index.html': fixture('index.html'),
    'main.js': fixture('main.js'),
    'worker.js': fixture('worker.js'),
    'report.js': fixture('report.js'),
    'public/known-image.json': knownImageJson(),
  });
}

/** Serves `routes`, opens `path` in Chromium and returns what the page published. */
async function resultsOf(
  routes: Route[],
  path: string,
  headers?: (path: string) => Record<string, string>,
): Promise<Record<string, string>> {
  const site = await serve(routes, headers);
  try {
    return await pageResults(browser, site.origin + path);
  } finally {
    await site.close();
  }
}

function webpackBuild(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

describe('bundled, on the page and in a module worker', () => {
  it('Vite production build', async () => {
    const root = appProject('vite-build');
    await viteBuild({ root, configFile: false, logLevel: 'silent', build: { outDir: 'dist' } });
    expect(await resultsOf([['/', join(root, 'dist')]], '/')).toEqual(ON_PAGE_AND_IN_WORKER);
  });

  it('Vite dev server (dependency pre-bundling, native ES modules)', async () => {
    const root = appProject('vite-dev');
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
    });
    try {
      await server.listen();
      expect(await pageResults(browser, server.resolvedUrls!.local[0]!)).toEqual(ON_PAGE_AND_IN_WORKER);
    } finally {
      await server.close();
    }
  });

  it('webpack 5 production build', async () => {
    const root = appProject('webpack');
    await webpackBuild({ mode: 'production', context: root, entry: './main.js', output: { path: join(root, 'dist') } });
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><script src="main.js"></script>');
    expect(
      await resultsOf(
        [
          ['/', join(root, 'dist')],
          ['/', join(root, 'public')],
        ],
        '/',
      ),
    ).toEqual(ON_PAGE_AND_IN_WORKER);
  });

  it('esbuild bundle', async () => {
    const root = appProject('esbuild');
    // The worker is a second entry point: main.js's new URL('./worker.js', import.meta.url) finds it.
    await esbuild({
      absWorkingDir: root,
      entryPoints: ['main.js', 'worker.js'],
      outdir: 'dist',
      bundle: true,
      format: 'esm',
      minify: true,
      logLevel: 'silent',
    });
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><script type="module" src="main.js"></script>');
    expect(
      await resultsOf(
        [
          ['/', join(root, 'dist')],
          ['/', join(root, 'public')],
        ],
        '/',
      ),
    ).toEqual(ON_PAGE_AND_IN_WORKER);
  });
});

describe('no bundler, no build step', () => {
  /** The package served where a CDN would put it, next to plain pages. */
  function noBundlerRoutes(name: string): Route[] {
    const root = scratch.project(name, {
      'no-bundler.html': fixture('no-bundler.html'),
      'no-bundler.js': fixture('no-bundler.js'),
      'no-bundler-worker.js': fixture('no-bundler-worker.js'),
      'csp.html': fixture('csp.html'),
      'csp.js': fixture('csp.js'),
      'compile-wasm.js': fixture('compile-wasm.js'),
      'report.js': fixture('report.js'),
      'known-image.json': knownImageJson(),
    });
    return [
      ['/npm/fastclahe/', join(root, 'node_modules', 'fastclahe')],
      ['/', root],
    ];
  }

  it('<script type="module"> importing dist/ by URL, and a module worker doing the same', async () => {
    expect(await resultsOf(noBundlerRoutes('no-bundler'), '/no-bundler.html')).toEqual(ON_PAGE_AND_IN_WORKER);
  });

  it("works with no init under a Content-Security-Policy that allows 'wasm-unsafe-eval'", async () => {
    const policy = { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" };
    expect(await resultsOf(noBundlerRoutes('csp-wasm-unsafe-eval'), '/no-bundler.html', () => policy)).toEqual(
      ON_PAGE_AND_IN_WORKER,
    );
  });

  it("under script-src 'self' alone: explains the refusal, then runs a worker-compiled module and fastclahe/js", async () => {
    const strict = { 'content-security-policy': "default-src 'self'; script-src 'self'" };
    const compiler = { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" };
    const results = await resultsOf(noBundlerRoutes('csp-strict'), '/csp.html', (path) =>
      path === '/compile-wasm.js' ? compiler : strict,
    );
    for (const message of [results.refusal, results.asyncRefusal]) {
      expect(message).toMatch(/Content Security Policy/i); // Chromium's own reason, kept in the message
      expect(message).toMatch(/wasm-unsafe-eval.*init\(module\).*fastclahe\/js/s);
    }
    expect(results.wasm).toBe(EXPECTED_DIGEST);
    expect(results.js).toBe(EXPECTED_DIGEST);
  });
});
