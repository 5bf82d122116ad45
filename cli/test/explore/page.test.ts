// report.html opened from disk in Chromium (playwright-core, Debian's /usr/bin/chromium): no
// errors, every thumbnail loads, filters and sorting work, a click zooms to the original.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openReport } from './reportPage.js';
import { makeDataset } from '../../scripts/make-explore-sample.mjs';
import { runCli } from '../helpers/run.js';

let tmp: string;
let browser: Browser;
let page: Page;
let problems: string[];
let report: {
  images: { path: string; issues: string[]; thumb?: string; thumbIsOriginal?: boolean; preview?: string }[];
  counts: { issues: Record<string, number> };
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-page-'));
  await makeDataset(join(tmp, 'data'));
  const result = await runCli(['explore', join(tmp, 'data'), '--out', join(tmp, 'report'), '--quiet']);
  expect(result.code).toBe(0);
  report = JSON.parse(readFileSync(join(tmp, 'report', 'report.json'), 'utf8'));
  ({ browser, page, problems } = await openReport(join(tmp, 'report', 'report.html')));
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const gridTiles = () => page.locator('#grid .tile').count();

/** Each test starts from the whole grid in path order. */
async function resetGrid(): Promise<void> {
  await page.selectOption('#issue', '');
  await page.selectOption('#folder', '');
  await page.selectOption('#sort', 'path');
}

describe('report.html', () => {
  test('opens from disk without errors and shows a card per issue', async () => {
    expect(await page.locator('.card[data-issue]').count()).toBe(10);
    expect(await page.locator('.card[data-issue="unreadable"] b').textContent()).toBe('7');
    expect(await page.locator('#chart-sizes svg circle').count()).toBeGreaterThan(2);
    expect(await page.locator('#chart-aspect svg rect').count()).toBe(9);
    expect(problems).toEqual([]);
  });

  test('every thumbnail and CLAHE preview loads', async () => {
    const expected = report.images.flatMap((r) => [r.thumb ?? r.thumbIsOriginal, r.preview]).filter(Boolean).length;
    // Both kinds are in the page: written thumbnails and originals shown as they are.
    expect(report.images.some((r) => r.thumb)).toBe(true);
    expect(report.images.some((r) => r.thumbIsOriginal)).toBe(true);
    const results = await page.$$eval('#grid img[data-thumb]', (images) =>
      Promise.all(
        (images as HTMLImageElement[]).map((img) => {
          img.loading = 'eager';
          return img.complete && img.naturalWidth > 0
            ? { src: img.getAttribute('src'), ok: true }
            : new Promise<{ src: string | null; ok: boolean }>((resolve) => {
                img.addEventListener('load', () => resolve({ src: img.getAttribute('src'), ok: img.naturalWidth > 0 }));
                img.addEventListener('error', () => resolve({ src: img.getAttribute('src'), ok: false }));
              });
        }),
      ),
    );
    expect(results).toHaveLength(expected);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the issue filter shows exactly the flagged images; a card click filters too', async () => {
    await resetGrid();
    expect(await gridTiles()).toBe(34);
    await page.selectOption('#issue', 'unreadable');
    expect(await gridTiles()).toBe(7);
    expect(await page.locator('#grid .tile .error').first().textContent()).toMatch(/\S/);
    await page.selectOption('#issue', 'none');
    expect(await gridTiles()).toBe(report.images.filter((r) => r.issues.length === 0).length);
    await page.click('.card[data-issue="exact-duplicate"]');
    expect(await page.locator('#grid .tile .name').allTextContents()).toEqual(['sub/twin-b.png', 'twin-a.png']);
    await page.selectOption('#issue', '');
    await page.selectOption('#folder', 'sub');
    expect(await page.locator('#grid .tile .name').allTextContents()).toEqual([
      'sub/gray-one-channel.png',
      'sub/photo-8.png',
      'sub/photo-9.png',
      'sub/twin-b.png',
    ]);
  });

  test('sorting by aspect ratio puts the panorama last and unreadable files first', async () => {
    await resetGrid();
    await page.selectOption('#sort', 'aspect');
    const names = await page.locator('#grid .tile .name').allTextContents();
    expect(names.at(-1)).toBe('panorama.jpg');
    expect(names.at(-2)).not.toBe('panorama.jpg');
    expect(report.images.find((r) => r.path === names[0])!.issues).toEqual(['unreadable']);
  });

  test('a click opens the full-resolution original through a relative path', async () => {
    await resetGrid();
    await page.locator('#grid .tile', { hasText: 'large.jpg' }).first().click();
    const img = page.locator('#zoom-content img').first();
    await expect
      .poll(() => img.evaluate((node) => (node as HTMLImageElement).naturalWidth), { timeout: 15_000 })
      .toBe(960);
    expect(await img.getAttribute('src')).toBe('../data/large.jpg');
    await page.keyboard.press('Escape');
    expect(await page.locator('#zoom').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });
});
