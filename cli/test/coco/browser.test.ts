// fastclahe-cli/coco in a browser: the built entry bundled by esbuild for the browser platform
// (any Node built-in in its graph fails the bundle) and run in Debian's Chromium, where it must
// give pycocotools' numbers for a segm case (polygon rasterisation, RLE IoU) and a bbox case.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../test/consumers/helpers/chromium.js';
import { referenceCases } from './reference.js';

const entry = fileURLToPath(new URL('../../dist/coco.js', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('fastclahe-cli/coco in Chromium', () => {
  test('bundles for the browser platform and reproduces pycocotools there', async () => {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'fastclaheCoco',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><title>coco</title>');
      await page.addScriptTag({ content: code });
      for (const name of ['segm-rle-bbox', 'bbox-basic']) {
        const c = referenceCases().find((x) => x.name === name)!;
        const stats = await page.evaluate(
          ([gt, dt, iouType]) =>
            (
              globalThis as unknown as { fastclaheCoco: typeof import('../../src/coco/index.js') }
            ).fastclaheCoco.evaluate(gt, dt, { iouType }).stats,
          [c.gt, c.dt, c.expected.iouType] as const,
        );
        expect(stats).toEqual(c.expected.stats);
      }
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    } finally {
      await page.close();
    }
  });
});
