// The playground (playground/), built by Vite as the static site users would host and served
// under a sub-path (as GitHub Pages serves /<repository>/), in Chromium: the preloaded sample
// is painted and charted, a dropped picture replaces it, and on a 1920×1080 picture the sliders, moved with the keyboard, repaint exactly the library's output
// for the settings shown. The time from each input to its repaint is measured by the page and
// reported. Screenshots: test-output/playground/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as twin from 'fastclahe/js';
import { sameBytes } from '../helpers/bytes.js';
import { readGrayPhoto } from '../helpers/images.js';
import {
  dropFile,
  grayPng,
  lastRender,
  nextRender,
  paintedLevels,
  paintedRgba,
  renders,
  SCREENSHOTS,
  startPlayground,
  type Gray,
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

/** A photograph scaled (nearest neighbour) and centre-cropped to cover width × height. */
function coverWith(photo: Gray, width: number, height: number): Gray {
  const scale = Math.max(width / photo.width, height / photo.height);
  const top = (photo.height * scale - height) / 2;
  const left = (photo.width * scale - width) / 2;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.min(photo.height - 1, Math.floor((y + top) / scale)) * photo.width;
    for (let x = 0; x < width; x++)
      data[y * width + x] = photo.data[row + Math.min(photo.width - 1, Math.floor((x + left) / scale))]!;
  }
  return { data, width, height };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('playground', () => {
  it('is built with relative asset paths, so it loads under any sub-path', () => {
    const html = readFileSync(join(playground.outDir, 'index.html'), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, reference]) => reference!);
    expect(references.filter((reference) => reference.includes('assets/'))).not.toEqual([]);
    expect(references.filter((reference) => reference.startsWith('/'))).toEqual([]);
  });

  it('opens with a sample painted and charted, and takes a dropped picture', async () => {
    const { page, problems } = await playground.open();
    expect(await page.textContent('#beforeInfo')).toMatch(/^Retina .*, 705×705$/);
    expect(await page.textContent('#call')).toBe('clahe(gray, { clipLimit: 2, tileGridSize: [8, 8] })');
    await page.screenshot({ path: join(SCREENSHOTS, 'sample.png') });

    const clock = readGrayPhoto('clock_motion.png');
    const seen = await renders(page);
    await dropFile(page, 'clock.png', grayPng(clock));
    await nextRender(page, seen);
    expect(await page.textContent('#beforeInfo')).toBe('clock.png, 400×300');
    expect(await page.$eval('#sample', (select) => (select as HTMLSelectElement).selectedOptions[0]!.text)).toBe(
      'clock.png',
    );
    expect(sameBytes(await paintedLevels(page, 'beforeImage'), clock.data)).toBe('');
    expect(sameBytes(await paintedLevels(page, 'afterImage'), twin.clahe(clock).data)).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('repaints a 1920×1080 picture live as the sliders move, with exactly the library output', async () => {
    const { page, problems } = await playground.open();
    const picture = coverWith(readGrayPhoto('hubble-gray.png'), 1920, 1080);
    let seen = await renders(page);
    await page.setInputFiles('#file', { name: 'hubble-1080p.png', mimeType: 'image/png', buffer: grayPng(picture) });
    await nextRender(page, seen);
    expect(await page.textContent('#beforeInfo')).toBe('hubble-1080p.png, 1920×1080');

    const latencies: number[] = [];
    const computes: number[] = [];
    const press = async (slider: string, key: string, times: number) => {
      await page.focus(slider);
      for (let i = 0; i < times; i++) {
        seen = await renders(page);
        await page.keyboard.press(key);
        const { latencyMs, computeMs } = await nextRender(page, seen);
        latencies.push(latencyMs);
        computes.push(computeMs);
      }
    };
    await press('#clipLimit', 'ArrowRight', 10); // 2 → 3
    await press('#tilesX', 'ArrowLeft', 2); // 8 → 6 across
    await press('#tilesY', 'ArrowRight', 4); // 8 → 12 down

    const { settings } = await lastRender(page);
    expect(settings).toEqual({ method: 'clahe', clipLimit: 3, tileGridSize: [6, 12] });
    expect(await page.textContent('#call')).toBe('clahe(gray, { clipLimit: 3, tileGridSize: [6, 12] })');
    expect(sameBytes(await paintedLevels(page, 'beforeImage'), picture.data)).toBe('');
    expect(
      sameBytes(
        await paintedLevels(page, 'afterImage'),
        twin.clahe(picture, { clipLimit: 3, tileGridSize: [6, 12] }).data,
      ),
    ).toBe('');

    console.log(
      `playground, 1920×1080, ${latencies.length} slider steps: input → repaint median ${median(latencies).toFixed(1)} ms, ` +
        `max ${Math.max(...latencies).toFixed(1)} ms; of which CLAHE median ${median(computes).toFixed(1)} ms`,
    );
    // A loose bound that holds on a loaded 2-core machine; the numbers above are the measurement.
    expect(median(latencies)).toBeLessThan(250);
    await page.screenshot({ path: join(SCREENSHOTS, 'hubble-1080p.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("equalizes only the chosen colour space's luminance in the colour modes", async () => {
    const { page, problems } = await playground.open();
    for (const [index, colorSpace] of [
      [1, 'hsv'],
      [2, 'lab'],
      [3, 'ycrcb'],
    ] as const) {
      const seen = await renders(page);
      await page.selectOption('#mode', { index });
      await nextRender(page, seen);
      expect(await page.textContent('#call')).toBe(
        `clahe(imageData, { colorSpace: '${colorSpace}', clipLimit: 2, tileGridSize: [8, 8] })`,
      );
      const before = await paintedRgba(page, 'beforeImage');
      const after = await paintedRgba(page, 'afterImage');
      expect(sameBytes(after.data, twin.clahe(before, { colorSpace }).data), colorSpace).toBe('');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'colour-ycrcb.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
