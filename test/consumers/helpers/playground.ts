// The playground (playground/) as the browser tests use it: built by Vite with its own config,
// as `npm run playground:build` builds it, served under a sub-path (as GitHub Pages serves
// /<repository>/), opened in Chromium, and read back: what the page recorded about its
// repaints and the pixels it painted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { launchChromium } from './chromium.js';
import { serve, type Site } from './server.js';

const CONFIG = fileURLToPath(new URL('../../../playground/vite.config.ts', import.meta.url));
/** Where the built site is served: not the server's root, so absolute asset paths would 404. */
export const SUB_PATH = '/docs/playground/';
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-output/playground/', import.meta.url));

export type Gray = { data: Uint8Array; width: number; height: number };

export interface Playground {
  /** The built site's directory. */
  outDir: string;
  browser: Browser;
  /** Opens the page, waits for its first repaint; `problems` collects errors and 4xx/5xx responses. */
  open(options?: BrowserContextOptions): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

export async function startPlayground(): Promise<Playground> {
  const outDir = mkdtempSync(join(tmpdir(), 'fastclahe-playground-'));
  await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const site: Site = await serve([[SUB_PATH, outDir]]);
  const browser = await launchChromium();
  return {
    outDir,
    browser,
    open: (options) => openPlayground(browser, site.origin + SUB_PATH, options),
    async close() {
      await browser.close();
      await site.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

async function openPlayground(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, ...options });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {})); // the browser may be closing too
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  await nextRender(page, 0).catch((error: Error) => {
    throw new Error(`${error.message}\n${problems.join('\n') || 'No errors were logged.'}`);
  });
  return { page, problems };
}

export function renders(page: Page): Promise<number> {
  return page.$eval('#timing', (element) => Number((element as HTMLElement).dataset.renders ?? 0));
}

export interface Render {
  latencyMs: number;
  computeMs: number;
  settings: unknown;
}

/** What the page recorded about its last repaint. */
export async function lastRender(page: Page): Promise<Render> {
  const data = await page.$eval('#timing', (element) => ({ ...(element as HTMLElement).dataset }));
  return { latencyMs: Number(data.latencyMs), computeMs: Number(data.computeMs), settings: JSON.parse(data.settings!) };
}

/** Waits until the page has repainted more than `seen` times. */
export async function nextRender(page: Page, seen: number): Promise<Render> {
  await page.waitForFunction((count) => Number(document.getElementById('timing')!.dataset.renders ?? 0) > count, seen, {
    timeout: 20_000,
  });
  return lastRender(page);
}

/** Runs `act` and waits for the repaint it causes. */
export async function repaintAfter(page: Page, act: () => Promise<unknown>): Promise<Render> {
  const seen = await renders(page);
  await act();
  return nextRender(page, seen);
}

/** The red channel of a canvas, which the playground paints with R = G = B = the gray level. */
export async function paintedLevels(page: Page, canvasId: string): Promise<Uint8Array> {
  const { data } = await paintedRgba(page, canvasId);
  return data.filter((_, i) => i % 4 === 0);
}

/** A canvas's RGBA pixels. */
export async function paintedRgba(
  page: Page,
  canvasId: string,
): Promise<{ data: Uint8Array; width: number; height: number }> {
  const { base64, width, height } = await page.evaluate((id) => {
    const canvas = document.getElementById(id) as HTMLCanvasElement;
    const rgba = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let text = '';
    for (let i = 0; i < rgba.length; i++) text += String.fromCharCode(rgba[i]!);
    return { base64: btoa(text), width: canvas.width, height: canvas.height };
  }, canvasId);
  return { data: new Uint8Array(Buffer.from(base64, 'base64')), width, height };
}

/** Drops a file on the page, as dragging it from the desktop does. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ([fileName, base64]) => {
      const file = new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], fileName, {
        type: 'image/png',
      });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, bytes.toString('base64')] as const,
  );
}

export function grayPng({ data, width, height }: Gray): Buffer {
  const options = { colorType: 0, inputColorType: 0, inputHasAlpha: false } as const;
  const png = new PNG({ width, height, ...options });
  png.data = Buffer.from(data);
  return PNG.sync.write(png, options);
}
