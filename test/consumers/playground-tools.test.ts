// What users do with a result in the playground: compare it with the original in one frame
// (the split slider) or side by side zoomed in (scrolling together), copy the `clahe(...)` line, and download the result as a PNG of the
// library's own output (gray stays one 8-bit channel; colour is RGBA as the page holds it).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG, type PNGWithMetadata } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as twin from 'fastclahe/js';
import { sameBytes } from '../helpers/bytes.js';
import {
  paintedLevels,
  paintedRgba,
  repaintAfter,
  SCREENSHOTS,
  startPlayground,
  type Playground,
} from './helpers/playground.js';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await playground?.close();
});

/** Moves a range input to `value` as a drag would: the value changes, then an input event. */
async function slide(page: Page, id: string, value: number): Promise<void> {
  await page.$eval(
    `#${id}`,
    (input, to) => {
      (input as HTMLInputElement).value = String(to);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** The "after" frame as it is on screen, split at `percent`. */
async function frameShot(page: Page, percent: number): Promise<PNG> {
  await slide(page, 'split', percent);
  return PNG.sync.read(await page.locator('#afterImage').screenshot());
}

/** Whether two screenshots have the same pixels in columns [from, to). */
function sameColumns(a: PNG, b: PNG, from: number, to: number): boolean {
  for (let y = 0; y < a.height; y++) {
    for (let x = from; x < to; x++) {
      const i = 4 * (y * a.width + x);
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) return false;
    }
  }
  return true;
}

async function download(page: Page): Promise<{ name: string; png: PNGWithMetadata }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return { name: saved.suggestedFilename(), png: PNG.sync.read(readFileSync((await saved.path())!)) };
}

describe('playground tools', () => {
  it('shows "before" left of the split position and "after" right of it, in one frame', async () => {
    const { page, problems } = await playground.open();
    const after = await frameShot(page, 0);
    const before = await frameShot(page, 100);
    const { width } = after;
    expect(sameColumns(after, before, 0, width)).toBe(false);
    const split = await frameShot(page, 50);
    const middle = Math.round(width / 2);
    expect(sameColumns(split, before, 0, middle - 2)).toBe(true);
    expect(sameColumns(split, after, middle + 2, width)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'split.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('zooms both frames alike and scrolls them together', async () => {
    const { page, problems } = await playground.open();
    await page.selectOption('#zoom', '4');
    const sizes = () =>
      page.$$eval('#beforeImage, #afterImage', (canvases) =>
        canvases.map((canvas) => [canvas.clientWidth, canvas.clientHeight]),
      );
    expect(await sizes()).toEqual([
      [4 * 705, 4 * 705],
      [4 * 705, 4 * 705],
    ]);
    const scrolled = (id: string) =>
      page.$eval(`#${id}`, (canvas) => [canvas.parentElement!.scrollLeft, canvas.parentElement!.scrollTop]);
    await page.$eval('#beforeImage', (canvas) => canvas.parentElement!.scrollTo(1200, 900));
    await page.waitForFunction(() => document.getElementById('afterImage')!.parentElement!.scrollLeft === 1200);
    expect(await scrolled('afterImage')).toEqual([1200, 900]);
    await page.mouse.move(1200, 500); // over the "after" frame
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => document.getElementById('beforeImage')!.parentElement!.scrollTop > 900);
    expect(await scrolled('beforeImage')).toEqual(await scrolled('afterImage'));
    await page.screenshot({ path: join(SCREENSHOTS, 'zoom-4x.png') });

    await page.selectOption('#zoom', 'fit');
    const frame = await page.locator('#afterImage').evaluate((canvas) => canvas.parentElement!.clientWidth);
    expect((await sizes())[1]![0]).toBe(frame);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies the clahe(...) line to the clipboard', async () => {
    const { page, problems } = await playground.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await repaintAfter(page, () => page.fill('#tilesX', '4'));
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'clahe(gray, { clipLimit: 2, tileGridSize: [4, 8] })',
    );
    expect(await page.textContent('#copyCall')).toBe('Copied');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("downloads the library's result: gray as one 8-bit channel, colour as RGBA", async () => {
    const { page, problems } = await playground.open();
    const gray = await download(page);
    expect([gray.name, gray.png.colorType, gray.png.depth]).toEqual(['Retina-fundus-photograph-clahe.png', 0, 8]);
    const expected = twin.clahe({ data: await paintedLevels(page, 'beforeImage'), width: 705, height: 705 }).data;
    expect(
      sameBytes(
        gray.png.data.filter((_, i) => i % 4 === 0),
        expected,
      ),
    ).toBe('');

    await repaintAfter(page, () => page.selectOption('#mode', { index: 2 })); // Lab L
    const colour = await download(page);
    expect([colour.png.colorType, colour.png.depth]).toEqual([6, 8]);
    const before = await paintedRgba(page, 'beforeImage');
    expect(sameBytes(colour.png.data, twin.clahe(before, { colorSpace: 'lab' }).data)).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});
