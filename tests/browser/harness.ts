// Real Chromium (Debian's, never a downloaded one) driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
export const SCREENSHOTS = resolve(ARTIFACTS, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Console noise that is the software renderer's, not ours. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i];

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the page's own (they are blocked, too). */
  offOrigin: string[];
  /** Content-Security-Policy violations in the page or any of its frames; a test that has any fails. */
  cspViolations: string[];
}

const CSP_TAG = '[csp-violation]';

/**
 * Reports every `securitypolicyviolation` in every frame as a tagged console message.
 * Init scripts come in through DevTools, so the page's CSP does not block this one.
 */
function reportCspViolations(tag: string): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`${tag} ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
  });
}

/** Makes the current test fail when the page reported a CSP violation, whatever the test checks itself. */
function failOnCspViolations(violations: string[]): void {
  try {
    onTestFinished(() => {
      if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    });
  } catch {
    // Called outside a test (beforeAll): the caller checks `cspViolations` itself.
  }
}

/**
 * A fresh context and page that records errors and blocks and records off-origin requests.
 * `ready`: a selector to wait for instead of the paired map (another view's drawn state).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions & {
    /** relative to the site, or an absolute URL of one of `sites` */
    path?: string;
    /** wait for the map to be drawn (default true) */
    map?: boolean;
    /** origins of other sites the test serves itself (a news article that embeds the map, see other-site.ts) */
    allowOrigins?: string[];
    /** a selector to wait for instead of the paired map (another view, drawn) */
    ready?: string;
  } = {},
): Promise<Watched> {
  const { path = '', map = true, allowOrigins = [], ready, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...contextOptions });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const errors: string[] = [];
  const offOrigin: string[] = [];
  const cspViolations: string[] = [];
  failOnCspViolations(cspViolations);
  await context.addInitScript(reportCspViolations, CSP_TAG);
  page.on('console', (msg) => {
    if (msg.text().startsWith(CSP_TAG)) cspViolations.push(msg.text());
    else if (msg.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(msg.text()))) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const { origin: to } = new URL(url);
    if (to === origin || allowOrigins.includes(to)) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  await page.goto(new URL(path, baseUrl()).href);
  if (ready) await page.locator(ready).first().waitFor({ state: 'attached', timeout: 90_000 });
  else if (map) await waitForMap(page);
  return { page, errors, offOrigin, cspViolations };
}

/** No console error and no request off the page's origin: what every page must end with. */
export async function expectClean(w: Watched): Promise<void> {
  expect(w.errors, 'console errors').toEqual([]);
  expect(w.offOrigin, 'requests off the page origin').toEqual([]);
}

/** The map is drawn when its label columns exist; polled (waitForFunction strings break under a CSP). */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('svg.paired-map .label').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
