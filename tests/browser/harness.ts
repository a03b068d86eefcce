// Real Chromium (Debian's, never a downloaded one) driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
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

/** What a test expects a page to do that would otherwise fail it: patterns of the messages or URLs it excuses. */
export interface Allow {
  /** Console errors and uncaught exceptions (`pageerror: …`). */
  consoleErrors?: RegExp[];
  /** Requests to another origin (they are blocked all the same). */
  offOrigin?: RegExp[];
  /** Content-Security-Policy violations. */
  csp?: RegExp[];
}

function unexpected(found: string[], allowed: RegExp[] = []): string[] {
  return found.filter((x) => !allowed.some((re) => re.test(x)));
}

/**
 * Every page a test opens is checked when the test ends, whatever the test checks itself: no
 * console error or uncaught exception, no request to another origin, no CSP violation — except what
 * it declared in `allow`. The page's context is closed then too.
 */
function checkWhenTestEnds(w: Watched, allow: Allow): void {
  onTestFinished(async () => {
    await w.page.context().close().catch(() => undefined);
    const problems = [
      ...unexpected(w.cspViolations, allow.csp).map((x) => `Content-Security-Policy violation: ${x}`),
      ...unexpected(w.errors, allow.consoleErrors).map((x) => `console error: ${x}`),
      ...unexpected(w.offOrigin, allow.offOrigin).map((x) => `request off the page's origin: ${x}`),
    ];
    if (problems.length) throw new Error(`${w.page.url()}\n${problems.join('\n')}`);
  });
}

/**
 * A fresh context and page that records errors and blocks and records off-origin requests.
 * `ready`: a selector to wait for instead of the paired map (another view's drawn state).
 * Must be called inside a test: the page is checked and closed when the test ends (see `Allow`).
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
    /** what this page is expected to do that would fail any other test */
    allow?: Allow;
    /** a script run in the page before any of its own (a browser made to lack an API) */
    initScript?: () => void;
  } = {},
): Promise<Watched> {
  const { path = '', map = true, allowOrigins = [], ready, allow = {}, initScript, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...contextOptions });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const w: Watched = { page, errors: [], offOrigin: [], cspViolations: [] };
  checkWhenTestEnds(w, allow);
  await context.addInitScript(reportCspViolations, CSP_TAG);
  if (initScript) await context.addInitScript(initScript);
  page.on('console', (msg) => {
    if (msg.text().startsWith(CSP_TAG)) w.cspViolations.push(msg.text());
    else if (msg.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(msg.text()))) w.errors.push(msg.text());
  });
  page.on('pageerror', (err) => w.errors.push(`pageerror: ${err.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const { origin: to } = new URL(url);
    if (to === origin || allowOrigins.includes(to)) return route.continue();
    w.offOrigin.push(url);
    return route.abort();
  });
  await page.goto(new URL(path, baseUrl()).href);
  if (ready) await page.locator(ready).first().waitFor({ state: 'attached', timeout: 90_000 });
  else if (map) await waitForMap(page);
  return w;
}

/**
 * Not needed at the end of a test (openPage checks every page when its test ends); for a check
 * in the middle of one: no console error and no request off the page's origin so far.
 */
export async function expectClean(w: Watched): Promise<void> {
  expect(w.errors, 'console errors').toEqual([]);
  expect(w.offOrigin, 'requests off the page origin').toEqual([]);
}

/**
 * The map is drawn when its label columns exist and the page is shown (`.is-ready`: once the first
 * render's drawing is whole, src/main.ts) and settled; polled (waitForFunction strings break under a CSP).
 */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('svg.paired-map .label').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('html.is-ready').waitFor({ state: 'attached', timeout: 30_000 });
  // And two frames: the map's ResizeObserver answers the features' elements (legend, toolbar) at
  // the next frame and may redraw it; a test that pauses the clock must not pause that redraw.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Screenshots are for people to look at, not assertions: taken only by `npm run screenshots`. */
export const TAKE_SCREENSHOTS = process.env.SCREENSHOTS === '1';

export async function screenshot(page: Page, name: string): Promise<string | null> {
  if (!TAKE_SCREENSHOTS) return null;
  const file = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A picture of a page or an element (not full page), only under `npm run screenshots`. */
export async function shot(target: Page | Locator, name: string, options: { timeout?: number } = {}): Promise<void> {
  if (TAKE_SCREENSHOTS) await target.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), ...options });
}

/**
 * How many of a screenshot's pixels (a PNG from `screenshot()`) are a grey (`{ grey: 0 }`: black)
 * or a colour whose channels spread more than `spread` (`{ spread: 90 }`: saturated), out of how
 * many. Decoded in a blank page of `page`'s context: no site CSP to pass, the same clock.
 */
export async function countPixels(page: Page, png: Buffer, test: { grey: number } | { spread: number }): Promise<{ matching: number; total: number }> {
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(
      async ([data, t]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, img.width, img.height).data;
        let matching = 0;
        for (let i = 0; i < px.length; i += 4) {
          const [r, gr, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
          if ('grey' in t ? r === t.grey && gr === t.grey && b === t.grey : Math.max(r, gr, b) - Math.min(r, gr, b) > t.spread) matching++;
        }
        return { matching, total: px.length / 4 };
      },
      [png.toString('base64'), test] as const,
    );
  } finally {
    await reader.close();
  }
}

/** A picture of a PDF's page, only under `npm run screenshots`. */
export function pdfPicture(pdf: string, name: string): void {
  if (TAKE_SCREENSHOTS) execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, resolve(SCREENSHOTS, name)]);
}
