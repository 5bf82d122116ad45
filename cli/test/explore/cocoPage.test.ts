// report.html of `explore --coco` opened from disk in Chromium: the COCO section is drawn from the
// report without errors, the boxes and polygons sit over the thumbnails and the switch hides them.
// With EXPLORE_COCO_SCREENSHOT=<file.png> it also saves the section (docs/images/explore-coco.png).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openReport } from './reportPage.js';
import { runCli } from '../helpers/run.js';
import { makeCocoDataset } from './cocoFixture.js';

let tmp: string;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-coco-page-'));
  const files = await makeCocoDataset(tmp);
  const result = await runCli([
    'explore',
    files.data,
    '--coco',
    files.annotations,
    '--out',
    join(tmp, 'report'),
    '--quiet',
    '--jobs',
    '2',
  ]);
  expect(result.code).toBe(0);
  ({ browser, page, problems } = await openReport(join(tmp, 'report', 'report.html')));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('report.html with --coco', () => {
  test('shows the COCO section without errors', async () => {
    expect(await page.locator('#coco h2').textContent()).toBe('Annotations (COCO: ../annotations.json)');
    expect(await page.locator('#coco-cards .card b').allTextContents()).toEqual([
      '7',
      '9',
      '3',
      '2',
      '66.7 %',
      '3',
      '15',
    ]);
    // one bar per class, most objects first
    expect(await page.locator('#coco-classes rect title').allTextContents()).toEqual([
      'cat: 5 objects in 3 images',
      'dog: 4 objects in 4 images',
      'bird: 0 objects in 0 images',
    ]);
    expect(await page.locator('#coco-findings tr').count()).toBe(16);
    expect(await page.locator('#coco-class-table tr').count()).toBe(4);
    expect(await page.locator('#coco-tiny li').count()).toBe(3);
    expect(await page.$$eval('#coco-per-image rect title', (t) => t.map((n) => n.textContent))).toEqual([
      '0: 2',
      '1: 3',
      '2: 0',
      '3: 2',
      '4: 0',
      '5: 0',
      '6–10: 0',
      '11–20: 0',
      '21–50: 0',
      '51–100: 0',
      '≥101: 0',
    ]);
    expect(await page.locator('#coco-anchor-summary').textContent()).toMatch(
      /^66\.7 % of the boxes \(6 of 9\) fit no anchor/,
    );
    expect(problems).toEqual([]);
  });

  test('the class selector redraws the box-shape histograms', async () => {
    const bars = () => page.$$eval('#coco-area rect title', (t) => t.map((n) => n.textContent));
    expect((await bars()).slice(0, 3)).toEqual(['<8: 2', '<16: 2', '<32: 2']);
    await page.selectOption('#coco-class', '1'); // dog
    expect((await bars()).slice(0, 6)).toEqual(['<8: 0', '<16: 1', '<32: 1', '<64: 1', '<96: 0', '<128: 1']);
    await page.selectOption('#coco-class', '');
    expect(problems).toEqual([]);
  });

  test('boxes and polygons are drawn over the annotated thumbnails, and the switch hides them', async () => {
    // a.png has 3 objects (one with a polygon, one with an RLE mask: 13 rows of 4-px cells, one
    // rectangle each), b.png 3, rot.jpg 1, d.png 1; c.png and extra.png none
    const overlays = await page.$$eval('#grid .tile', (tiles) =>
      tiles.map((t) => [
        t.querySelector('.name')!.textContent,
        t.querySelectorAll('.coco-overlay rect').length,
        t.querySelectorAll('.coco-overlay polygon').length,
      ]),
    );
    expect(overlays).toEqual([
      ['a.png', 3, 14],
      ['b.png', 3, 0],
      ['d.png', 1, 0],
      ['extra.png', 0, 0],
      ['rot.jpg', 1, 0],
      ['sub/c.png', 0, 0],
    ]);
    expect(await page.locator('#grid .tile .coco-overlay').first().getAttribute('viewBox')).toBe('0 0 200 100');
    // The overlay's image corners land on the shown thumbnail's corners (a.png: 200×100).
    const corners = await page.$eval('#grid .tile:first-child .coco-wrap', async (wrap) => {
      const img = wrap.querySelector('img')!;
      img.loading = 'eager';
      if (!img.complete || !img.naturalWidth) await new Promise((resolve) => img.addEventListener('load', resolve));
      const box = img.getBoundingClientRect();
      const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
      const shown = [
        box.x + (box.width - img.naturalWidth * scale) / 2,
        box.y + (box.height - img.naturalHeight * scale) / 2,
      ];
      const svg = wrap.querySelector('svg')!;
      const m = svg.getScreenCTM()!;
      const point = (x: number, y: number) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
      return {
        shown: [...shown, shown[0]! + img.naturalWidth * scale, shown[1]! + img.naturalHeight * scale],
        overlay: [...point(0, 0), ...point(200, 100)],
        width: box.width,
      };
    });
    expect(corners.width).toBeGreaterThan(100);
    corners.overlay.forEach((v, i) => expect(v).toBeCloseTo(corners.shown[i]!, 1));
    expect(await page.locator('#grid .coco-overlay').first().isVisible()).toBe(true);
    await page.uncheck('#coco-toggle');
    expect(await page.locator('#grid .coco-overlay').first().isVisible()).toBe(false);
    await page.check('#coco-toggle');
    if (process.env.EXPLORE_COCO_SCREENSHOT)
      await page.locator('#coco').screenshot({ path: process.env.EXPLORE_COCO_SCREENSHOT });
    expect(problems).toEqual([]);
  });

  test('the zoomed original shows the boxes too, aligned with it', async () => {
    await page.locator('#grid .tile', { hasText: 'a.png' }).first().click();
    await page.waitForFunction(() => {
      const img = document.querySelector('#zoom-content img') as HTMLImageElement | null;
      return img?.complete && img.naturalWidth > 0;
    });
    expect(await page.locator('#zoom-content .coco-overlay rect').count()).toBe(3);
    const [img, svg] = await page.$$eval('#zoom-content .coco-wrap > *', (nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      }),
    );
    expect(img![2]).toBeGreaterThan(150);
    svg!.forEach((v, i) => expect(v).toBeCloseTo(img![i]!, 1));
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  test('a report without --coco has no COCO section', async () => {
    const out = join(tmp, 'plain');
    expect((await runCli(['explore', join(tmp, 'data'), '--out', out, '--quiet', '--jobs', '2'])).code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('id="coco');
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco).toBeUndefined();
    expect(readFileSync(join(tmp, 'report', 'report.html'), 'utf8')).toContain('<section id="coco">');
  });
});
