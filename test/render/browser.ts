/**
 * One headless Chromium for a whole test file (Debian's `chromium`, driven by playwright-core; no
 * browser is downloaded). The network is closed both ways: launch flags stop Chromium's own
 * traffic, and every request a page makes other than its own file fails the test that opened it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => typeof p === 'string' && p !== '');

/** The Chromium binary, or null (the browser tests then skip with a message saying so). */
export const CHROMIUM: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export interface Session {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** playwright-core's launch gives Chromium a fresh user-data-dir of its own and removes it on close. */
export async function startBrowser(): Promise<Session> {
  if (CHROMIUM === null) throw new Error('no chromium');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  return { browser, close: () => browser.close() };
}

export interface Opened {
  readonly page: Page;
  /** Console errors and failed or outside requests seen while the page loaded. */
  readonly problems: readonly string[];
}

/** Opens a page file with scripts off, at a screen width of A4's printable area. */
export async function openPage(session: Session, file: string): Promise<Opened> {
  const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 1100 }, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems: string[] = [];
  const url = `file://${file}`;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request outside the file: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** The page printed to PDF the way a user prints it: A4 from the page's own @page rule, backgrounds on. */
export async function printPdf(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
}
