// The playground for everyone: every control has an accessible name in Chromium's accessibility
// tree and the whole page works from the keyboard (Tab to "Open image…", Enter opens the file
// chooser); a file that cannot be opened is named with the reason, and the previous picture
// stays on screen and selected; at a phone's 420 px nothing overflows sideways.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGrayPhoto } from '../helpers/images.js';
import {
  dropFile,
  grayPng,
  renders,
  repaintAfter,
  SCREENSHOTS,
  startPlayground,
  type Playground,
} from './helpers/playground.js';

const CT = readFileSync(new URL('../images/ct-16bit.png', import.meta.url));

/** A PNG's header marked interlaced (byte 28 is IHDR's interlace method; its CRC goes stale, which the page does not check). */
function interlaced(png: Buffer): Buffer {
  const copy = Buffer.from(png);
  copy[28] = 1;
  return copy;
}

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await playground?.close();
});

/** The id of each element Tab reaches from the top of the page, in order, `count` presses. */
async function tabOrder(page: Page, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    ids.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
  }
  return ids;
}

/** Horizontal overflow of the page: how far its content reaches past the viewport's width. */
function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

const selectedImage = (page: Page) =>
  page.$eval('#sample', (select) => (select as HTMLSelectElement).selectedOptions[0]!.text);

describe('playground accessibility', () => {
  it('names every slider, menu and button in the accessibility tree', async () => {
    const { page, problems } = await playground.open();
    for (const name of ['Clip limit', 'Tiles across', 'Tiles down', 'Split with before']) {
      expect(await page.getByRole('slider', { name, exact: true }).count(), name).toBe(1);
    }
    for (const name of ['Image', 'Colour', 'Zoom'])
      expect(await page.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
    for (const name of ['Open image…', 'Copy', 'Download result (PNG)'])
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    // Nothing a screen reader would announce as just "slider" or "button".
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree.split('\n').filter((line) => /^\s*- (slider|combobox|button|radio)\s*(:|$)/.test(line))).toEqual([]);

    const clip = page.getByRole('slider', { name: 'Clip limit', exact: true });
    await repaintAfter(page, async () => {
      await clip.focus();
      await page.keyboard.press('ArrowRight');
    });
    expect(await clip.inputValue()).toBe('2.1');
    expect(await page.textContent('#call')).toBe('clahe(gray, { clipLimit: 2.1, tileGridSize: [8, 8] })');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reaches "Open image…" with Tab and opens the file chooser with Enter', async () => {
    const { page, problems } = await playground.open();
    const order = await tabOrder(page, 3);
    expect(order).toEqual(['sample', 'openFile', 'mode']);
    await page.keyboard.press('Shift+Tab');
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    // Waiting turns on Playwright's file-chooser interception, asynchronously; a round trip to
    // the page after it makes sure it is on before the key press (a click would wait itself).
    await page.evaluate(() => 0);
    await page.keyboard.press('Enter');
    const seen = await renders(page);
    await (await chooser).setFiles({
      name: 'clock.png',
      mimeType: 'image/png',
      buffer: grayPng(readGrayPhoto('clock_motion.png')),
    });
    await page.waitForFunction((count) => Number(document.getElementById('timing')!.dataset.renders) > count, seen);
    expect(await page.textContent('#beforeInfo')).toBe('clock.png, 400×300');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('playground with a file it cannot open', () => {
  it('says what failed and why, and goes back to the previous picture', async () => {
    const { page, problems } = await playground.open();
    await repaintAfter(page, () => dropFile(page, 'clock.png', grayPng(readGrayPhoto('clock_motion.png'))));
    const seen = await renders(page);
    const attempts: Array<[name: string, bytes: Buffer, reason: RegExp]> = [
      [
        'notes.png',
        Buffer.from('not a picture at all'),
        /^Could not open notes\.png: it is not an image this browser can decode \(image\/png\)\. Still showing clock\.png\.$/,
      ],
      [
        'scan.png',
        CT.subarray(0, CT.length >> 1),
        /^Could not open scan\.png: the PNG is truncated \(in its IDAT chunk\)\. Still showing clock\.png\.$/,
      ],
      ['empty.png', Buffer.alloc(0), /^Could not open empty\.png: the file is empty\. Still showing clock\.png\.$/],
      [
        'adam7.png',
        interlaced(CT),
        /^Could not open adam7\.png: interlaced \(Adam7\) 16-bit PNGs are not supported; save it without interlacing\. Still showing clock\.png\.$/,
      ],
    ];
    for (const [name, bytes, reason] of attempts) {
      await dropFile(page, name, bytes);
      await page.waitForFunction((text) => document.getElementById('problem')!.textContent!.includes(text), name);
      expect(await page.getByRole('alert').textContent()).toMatch(reason);
      expect(await selectedImage(page)).toBe('clock.png');
      expect(
        await page.$$eval('#sample option', (options) => options.map((option) => option.textContent)),
      ).not.toContain(name);
      expect(await page.textContent('#beforeInfo')).toBe('clock.png, 400×300');
    }
    expect(await renders(page)).toBe(seen); // nothing was repainted
    await page.screenshot({ path: join(SCREENSHOTS, 'bad-file.png') });

    await repaintAfter(page, () => page.selectOption('#sample', { index: 1 }));
    expect(await page.isHidden('#problem')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('playground on a phone', () => {
  it('fits 420 px without sideways scrolling, for 8-bit and 16-bit pictures', async () => {
    const { page, problems } = await playground.open({
      viewport: { width: 420, height: 860 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    expect(await overflow(page)).toEqual({ scrollWidth: 420, clientWidth: 420 });
    await page.screenshot({ path: join(SCREENSHOTS, 'phone.png'), fullPage: true });

    await repaintAfter(page, () => page.selectOption('#sample', { label: 'CT slice (16-bit, 12 bits used)' }));
    expect(await page.isVisible('#bitDepth')).toBe(true);
    const { scrollWidth, clientWidth } = await overflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const id of ['clipLimit', 'tilesY', 'windowHigh', 'split', 'download']) {
      const box = (await page.locator(`#${id}`).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(420);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-16bit.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
