// Opens an explore report.html from disk in Chromium, as a user double-clicking it would, and
// waits until its script has drawn the page.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from '../../../test/consumers/helpers/chromium.js';

export async function openReport(reportHtml: string): Promise<{ browser: Browser; page: Page; problems: string[] }> {
  const browser = await launchChromium();
  const { page, problems } = await openPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(reportHtml).href);
  await page.waitForFunction(() => (globalThis as { exploreReady?: boolean }).exploreReady === true, null, {
    timeout: 20_000,
  });
  return { browser, page, problems };
}
