// Fault injection: what a reader sees when part of the site does not arrive (a 404 after a bad
// deploy, a server error, a cut connection, a slow network, a file of the wrong shape, a host
// without CORS headers). Every case must end in words on the screen that name what failed, and
// keep what did not fail; never a blank box, a dead button or a wait without end.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMap, type Watched } from './harness';
import { DIST, serveFaulty, type FaultRule, type FaultServer } from './fault-server';
import { serveOtherSite, type OtherSite } from './other-site';

let browser: Browser;
let server: FaultServer;
beforeAll(async () => {
  browser = await launch();
  server = await serveFaulty();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => server.setFaults([]));

/** The built file of a chunk, as the server sees its path (`/assets/dialog-abc.js`). */
function asset(prefix: string, ext = 'js'): RegExp {
  const file = readdirSync(resolve(DIST, 'assets')).find((f) => f.startsWith(`${prefix}-`) && f.endsWith(`.${ext}`));
  if (!file) throw new Error(`no built asset ${prefix}-*.${ext}`);
  return new RegExp(`^/assets/${file.replace(/\./g, '\\.')}$`);
}
/** The built file of a module (`src/national/picture.ts`), from the build's manifest: for chunks whose names are not unique. */
function assetOf(src: string): RegExp {
  const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const file = manifest[src]?.file;
  if (!file) throw new Error(`no built chunk for ${src}`);
  return new RegExp(`^/${file.replace(/\./g, '\\.')}$`);
}
const MAIN_JS = () => asset('index');
/** The results' and news reports' part of the panel, the chunk the panel imports (it imports their content, outcomes-*.js). */
const RESULTS_CODE = () => asset('panel-outcomes');

async function open(path: string, faults: FaultRule[], options: { map?: boolean; locale?: string; initScript?: () => void } = {}): Promise<Watched> {
  server.setFaults(faults);
  // A planted fault makes the browser log the failed request or import: expected here. What each
  // test checks is what the reader is told on the page.
  const allow = faults.length ? { consoleErrors: [/./] } : {};
  return openPage(browser, { path: server.url(path), allowOrigins: [server.origin], map: options.map ?? false, locale: options.locale, initScript: options.initScript, allow });
}

const visibleText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').map((e) => e.textContent ?? '').join('\n'));

describe('the first screen, when the scripts cannot run', () => {
  for (const [name, fault] of [
    ['main JS 404', { status: 404 }],
    ['main JS 500', { status: 500 }],
    ['network dropped before main JS', { drop: true }],
  ] as const) {
    it(`${name}: says so in both languages, no busy map left spinning`, async () => {
      const w = await open('', [{ path: MAIN_JS(), fault }]);
      const { page } = w;
      await expect.poll(() => visibleText(page, '#map'), { timeout: 20_000 }).toMatch(/程序未能加载[\s\S]*could not be loaded/);
      expect(await page.locator('#map').getAttribute('aria-busy')).toBe(null);
      await screenshot(page, `fault-${name.replace(/\W+/g, '-')}`);
      await page.context().close();
    });
  }

  it('the static first screen says what is coming while the scripts load', async () => {
    // The main script held back 8 s: the words are in the HTML itself. Not openPage: it waits for
    // the load event, which waits for the script.
    server.setFaults([{ path: MAIN_JS(), fault: { delayMs: 8000 } }]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url(), { waitUntil: 'commit' });
    await expect.poll(() => visibleText(page, '#map .boot-status'), { timeout: 8000 }).toMatch(/正在加载[\s\S]*Loading/);
    await waitForMap(page);
    // Replaced by the map once the app runs.
    expect(await page.locator('#map .boot-status').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  describe('in a sandboxed iframe without allow-same-origin', () => {
    let news: OtherSite;
    beforeAll(async () => {
      news = await serveOtherSite({
        '/article.html': `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>
<iframe id="map" src="${server.url('#embed=1')}" title="map" width="800" height="500" sandbox="allow-scripts"></iframe></body></html>`,
      });
    });
    afterAll(() => news?.close());

    it('on a host without CORS headers: the frame says why the map cannot run', async () => {
      const w = await openPage(browser, { path: `${news.origin}/article.html`, map: false, allowOrigins: [news.origin, server.origin], allow: { consoleErrors: [/./] } });
      const { page } = w;
      const frame = page.frameLocator('iframe#map');
      await expect.poll(() => frame.locator('#map').textContent(), { timeout: 20_000 }).toMatch(/allow-same-origin[\s\S]*Access-Control-Allow-Origin/);
      await screenshot(page, 'fault-sandbox-no-cors');
      await page.context().close();
    });

    it('on a host that sends Access-Control-Allow-Origin: the map runs', async () => {
      server.setHeaders({ 'access-control-allow-origin': '*' });
      try {
        const w = await openPage(browser, { path: `${news.origin}/article.html`, map: false, allowOrigins: [news.origin, server.origin], allow: { consoleErrors: [/./] } });
        const frame = w.page.frameLocator('iframe#map');
        await frame.locator('svg.paired-map .label').first().waitFor({ state: 'attached', timeout: 30_000 });
        expect(await frame.locator('#map .boot-status').count()).toBe(0);
        await w.page.context().close();
      } finally {
        server.setHeaders({});
      }
    });
  });
});

describe('the boundaries (geo/cities.topo.json)', () => {
  const TOPO = '/geo/cities.topo.json';
  for (const [name, fault] of [
    ['404', { status: 404 }],
    ['500', { status: 500 }],
    ['truncated', { truncate: 2000 }],
    ['an HTML page with 200', { body: '<!doctype html><title>Error</title><p>Service unavailable</p>', headers: { 'content-type': 'text/html' } }],
    ['wrong shape', { body: '{"type":"Topology","objects":{"changchun":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}' }],
  ] as const) {
    it(`${name}: the notice names the boundaries, and the list of pairings still shows (the content is bundled)`, async () => {
      const w = await open('#lang=en', [{ path: TOPO, fault }]);
      const { page } = w;
      await expect.poll(() => visibleText(page, '#map, #notices'), { timeout: 20_000 }).toMatch(/district boundaries/);
      expect(await visibleText(page, '#map, #notices')).toContain('cities.topo.json');
      // The pairings, from the bundled content: all 15 in the panel, and they open.
      await expect.poll(() => page.locator('#panel .pair-button').count()).toBeGreaterThanOrEqual(15);
      await page.locator('#panel .pair-button[data-pair="chaoyang-heping"]').click();
      await expect.poll(() => page.locator('#panel h2').first().textContent()).toMatch(/Chaoyang/);
      expect(await page.locator('#map').getAttribute('aria-busy')).toBe(null);
      await screenshot(page, `fault-cities-topo-${name.replace(/\W+/g, '-')}`);
      await page.context().close();
    });
  }

  it('slow: loading words in both languages while it comes, then the map', async () => {
    // Not openPage: its wait for the load event would also wait for the file (it is preloaded).
    server.setFaults([{ path: TOPO, fault: { delayMs: 10_000 } }]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url(), { waitUntil: 'commit' });
    await expect.poll(() => visibleText(page, '#map .boot-status'), { timeout: 8000 }).toMatch(/正在加载[\s\S]*Loading/);
    await screenshot(page, 'fault-cities-topo-slow');
    await waitForMap(page);
    expect(await page.locator('#map .boot-status').count()).toBe(0);
    await context.close();
  });
});

describe('lazy parts', () => {
  it('national view: china.topo.json of the wrong shape names the file, the panel is not left blank', async () => {
    const w = await open('#view=national&lang=en', [{ path: '/geo/china.topo.json', fault: { body: '{"type":"Topology","objects":{},"arcs":[]}' } }]);
    const { page } = w;
    await expect.poll(() => visibleText(page, '#map'), { timeout: 20_000 }).toMatch(/china\.topo\.json/);
    expect(await visibleText(page, '#map')).toMatch(/could not be loaded/);
    await screenshot(page, 'fault-china-topo-wrong-shape');
    await page.context().close();
  });

  it('national view: its code 404s, the notice names the national view', async () => {
    const w = await open('#view=national&lang=en', [{ path: asset('national-view'), fault: { status: 404 } }]);
    const { page } = w;
    await expect.poll(() => visibleText(page, '#map'), { timeout: 20_000 }).toMatch(/map of China[\s\S]*could not be loaded/);
    await page.context().close();
  });

  it('geographic view: its code 404s, the map box names the geographic view (the panel still lists every pairing)', async () => {
    const w = await open('#view=geo&lang=en', [{ path: asset('definition'), fault: { status: 404 } }]);
    const { page } = w;
    await expect.poll(() => visibleText(page, '#map'), { timeout: 20_000 }).toMatch(/geographic view could not be loaded \(definition-[\w-]+\.js/i);
    expect(await page.locator('#panel .pair-button').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('Download: its code 404s, the click gets a notice that names the download (no dead button), and a retry works', async () => {
    const w = await open('#lang=en', [{ path: asset('dialog'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await page.locator('.export-button').click();
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/download feature could not be loaded \(dialog-[\w-]+\.js/i);
    expect(await page.locator('dialog.export-dialog[open]').count()).toBe(0);
    await screenshot(page, 'fault-download-404');
    // The server is back: the same button works.
    server.setFaults([]);
    await page.locator('.export-button').click();
    await expect.poll(() => page.locator('dialog.export-dialog[open]').count(), { timeout: 20_000 }).toBe(1);
    await page.context().close();
  });

  it('presentation mode: its code 404s, the Present button gets a notice that names it (no dead button), and a retry works', async () => {
    const w = await open('#lang=en', [{ path: asset('tour-mode'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await page.locator('.present-enter').click();
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/presentation mode could not be loaded \(tour-mode-[\w-]+\.js/i);
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-presenting'))).toBe(false);
    server.setFaults([]);
    await page.locator('.present-enter').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-presenting')), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('.present-card').getAttribute('data-step-id'), { timeout: 20_000 }).toBe('overview');
    await page.context().close();
  });

  it('presentation mode: a link to a step whose code never answers shows the page and says so, in bounded time', async () => {
    const w = await open('#mode=present&step=5&lang=en', [{ path: asset('tour-mode'), fault: { delayMs: 120_000 } }], { map: false });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 40_000 }).toMatch(/presentation mode could not be loaded \(tour-mode\.js: no answer/i);
    // The page, not a half-started tour: the map and the list are there, the link's step is dropped.
    await waitForMap(page);
    expect(await page.evaluate(() => [document.documentElement.classList.contains('is-presenting'), new URLSearchParams(location.hash.slice(1)).get('step')])).toEqual([false, null]);
    expect(await visibleText(page, '#panel')).toMatch(/⟷/);
    await page.context().close();
  });

  it('results and news reports: their chunk 404s, the panel says so where they would be, the rest of it stands', async () => {
    const w = await open('#pair=chaoyang-heping&lang=en', [{ path: RESULTS_CODE(), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#panel [data-failed="outcomes"]'), { timeout: 20_000 }).toMatch(/results and news reports could not be loaded \(panel-outcomes-[\w-]+\.js/i);
    // The pairing's own page is all there: both sides, the focus areas, its sources.
    const panel = await visibleText(page, '#panel');
    expect(panel).toMatch(/Chaoyang[\s\S]*Heping/);
    expect(await page.locator('#panel .focus-item').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .sources li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  describe('a part loaded on first use: its code 404s, the reader is told what failed, and asking again once the server is back brings it', () => {
    it('search: the popup names the search, and the next focus of the box loads it', async () => {
      const w = await open('#lang=en', [{ path: asset('search-lazy'), fault: { status: 404 } }], { map: true });
      const { page } = w;
      const input = page.locator('#find-search');
      await input.click();
      await input.fill('Heping');
      await expect.poll(() => visibleText(page, '.search-status'), { timeout: 20_000 }).toMatch(/Search could not be loaded \(search-lazy-[\w-]+\.js/);
      server.setFaults([]);
      await input.blur();
      await input.click();
      await input.fill('');
      await input.fill('Heping');
      await expect.poll(() => page.locator('.search-option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.context().close();
    });

    it('the Embed button: a notice names the embed code (no alert), and the same button opens the dialog', async () => {
      const w = await open('#lang=en', [{ path: asset('embed-dialog'), fault: { status: 404 } }], { map: true });
      const { page } = w;
      const alerts: string[] = [];
      page.on('dialog', (d) => (alerts.push(d.message()), void d.dismiss()));
      await page.locator('.embed-button').click();
      await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/embed code could not be loaded \(embed-dialog-[\w-]+\.js/i);
      expect(alerts).toEqual([]);
      server.setFaults([]);
      await page.locator('.embed-button').click();
      await expect.poll(() => page.locator('dialog.embed-dialog[open]').count(), { timeout: 20_000 }).toBe(1);
      await page.context().close();
    });

    // The export draws the view afresh with its picture code (ViewDefinition.picture), loaded on the first export.
    it.each([
      ['paired', 'src/views/paired-picture.ts', 'paired-picture'],
      ['national', 'src/national/picture.ts', 'picture'],
    ])("Download of the %s view's picture: the dialog names its code, and the next click saves the picture", async (view, src, name) => {
      const w = await open(`#view=${view}&lang=en`, [{ path: assetOf(src), fault: { status: 404 } }], { map: view === 'paired' });
      const { page } = w;
      if (view === 'national') await page.locator('svg.national-map .arc').first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('.export-button').click();
      await page.locator('dialog.export-dialog[open] .export-svg').click();
      await expect.poll(() => visibleText(page, '.export-status'), { timeout: 20_000 }).toMatch(new RegExp(`could not be made: ${name}-[\\w-]+\\.js`));
      server.setFaults([]);
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('.export-svg').click()]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^tianjin-changchun-${view}-en-\\d+\\.svg$`));
      await page.context().close();
    });
  });

  // The geographic view's picture: its own code (picture.ts), or the SVG map it draws with (svg-view,
  // which the WebGL view never loads), through the view's loaders (parts.ts). Needs the WebGL map drawn first.
  it.each([
    ['src/geo-view/picture.ts', 'picture'],
    ['src/geo-view/svg-view.ts', 'svg-view'],
  ])("Download of the geographic view's picture, %s 404s: the dialog names its code, the map stays; once the server is back the next click saves the picture", async (src, name) => {
    const WEBGL = ".geo-view[data-complete][data-renderer='webgl']";
    const w = await open('#view=geo&lang=en', [{ path: assetOf(src), fault: { status: 404 } }], { map: false });
    const { page } = w;
    await expect.poll(async () => ((await page.locator(WEBGL).count()) ? 'drawn' : await visibleText(page, '.geo-status')), { timeout: 90_000 }).toBe('drawn');
    await page.locator('.export-button').click();
    await page.locator('dialog.export-dialog[open] .export-svg').click();
    await expect.poll(() => visibleText(page, '.export-status'), { timeout: 20_000 }).toMatch(new RegExp(`could not be made: ${name}-[\\w-]+\\.js`));
    // Nothing lost: the dialog stays open with its choices, the WebGL map under it, no failure in the view.
    expect(await page.locator('dialog.export-dialog[open] .export-svg').isEnabled()).toBe(true);
    expect(await page.locator(WEBGL).count()).toBe(1);
    expect(await page.locator('.geo-status').isVisible()).toBe(false);
    server.setFaults([]);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('.export-svg').click()]);
    expect(file.suggestedFilename()).toMatch(/^tianjin-changchun-geo-en-\d+\.svg$/);
    expect(await page.locator(WEBGL).count()).toBe(1);
    await page.context().close();
  });

  describe("the geographic view's parts: one 404s, the view says which and shows what it can; opened again once the server is back, it draws", () => {
    const READY = (renderer: 'webgl' | 'svg') => `.geo-view[data-ready][data-renderer='${renderer}']`;
    const noWebgl2 = () => {
      delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext;
    };
    // [chunk, the renderer it is for, what the view shows meanwhile, what it says]
    it.each([
      // MapLibre's view: the SVG map instead, with every pairing.
      ['webgl-view', 'webgl', 'svg', /simpler flat map\. \(webgl-view-[\w-]+\.js\)/],
      // deck.gl's labels and zone dots, after the map is ready: the SVG map instead (it has both).
      ['deck-layers', 'webgl', 'svg', /simpler flat map\. \(deck-layers-[\w-]+\.js\)/],
      // The region's code, which both renderers need: nothing to draw, the panel still lists every pairing.
      ['region', 'webgl', null, /geographic view could not be loaded \(region-[\w-]+\.js\)/],
      // The SVG map, in a browser without WebGL2.
      ['svg-view', 'svg', null, /geographic view could not be loaded \(svg-view-[\w-]+\.js\)/],
    ] as const)('%s-*.js 404s', async (chunk, renderer, meanwhile, told) => {
      const w = await open('#lang=en', [{ path: asset(chunk), fault: { status: 404 } }], { map: true, initScript: renderer === 'svg' ? noWebgl2 : undefined });
      const { page } = w;
      await page.locator('.view-button[data-view="geo"]').click();
      await expect.poll(() => visibleText(page, '.geo-status'), { timeout: 60_000 }).toMatch(told);
      if (meanwhile) await page.locator(READY(meanwhile)).waitFor({ state: 'attached', timeout: 60_000 });
      expect(await page.locator('#panel .pair-button').count()).toBeGreaterThan(0);
      server.setFaults([]);
      await page.locator('.view-button[data-view="paired"]').click();
      await page.locator('.view-button[data-view="geo"]').click();
      const drawn = renderer === 'webgl' ? ".geo-view[data-complete][data-renderer='webgl']" : READY('svg');
      await expect
        .poll(async () => ((await page.locator(drawn).count()) ? 'drawn' : await visibleText(page, '.geo-status')), { timeout: 90_000 })
        .toBe('drawn');
      // No failure left in the status line (without WebGL2 it says so, as it should).
      expect(await visibleText(page, '.geo-status')).not.toMatch(/could not be loaded/);
      await page.context().close();
    });

    // A link to the view fetches the map's code and the region at once (entry.ts, raw imports): when
    // that early fetch fails, Chromium keeps the failure, and the view's own ask used to fail at once.
    it('a #view=geo link whose early fetch of webgl-view-*.js fails once (a blip): the view\'s own ask fetches it again, the WebGL map draws', async () => {
      const w = await open('#view=geo&lang=en', [{ path: asset('webgl-view'), fault: { status: 404 }, times: 1 }], { map: false });
      const { page } = w;
      await expect
        .poll(async () => ((await page.locator(".geo-view[data-complete][data-renderer='webgl']").count()) ? 'drawn' : await visibleText(page, '.geo-status')), { timeout: 90_000 })
        .toBe('drawn');
      await page.context().close();
    });

    // [chunk, what the view shows meanwhile, what it says]
    it.each([
      ['webgl-view', 'svg', /simpler flat map\. \(webgl-view-[\w-]+\.js\) Try again$/],
      ['region', null, /geographic view could not be loaded \(region-[\w-]+\.js\)\. Check the connection and try again\. Try again$/],
    ] as const)("a #view=geo link, %s-*.js 404s: the view says so; once the server is back, its own \"Try again\" brings the WebGL map in one click", async (chunk, meanwhile, told) => {
      const w = await open('#view=geo&lang=en', [{ path: asset(chunk), fault: { status: 404 } }], { map: false });
      const { page } = w;
      await expect.poll(() => visibleText(page, '.geo-status'), { timeout: 60_000 }).toMatch(told);
      if (meanwhile) await page.locator(READY(meanwhile)).waitFor({ state: 'attached', timeout: 60_000 });
      expect(await page.locator('#panel .pair-button').count()).toBeGreaterThan(0);
      server.setFaults([]);
      await page.locator('.geo-status .load-retry').click({ timeout: 5000 });
      await expect
        .poll(async () => ((await page.locator(".geo-view[data-complete][data-renderer='webgl']").count()) ? 'drawn' : await visibleText(page, '.geo-status')), { timeout: 90_000 })
        .toBe('drawn');
      expect(await page.locator('.geo-status').isVisible()).toBe(false);
      await page.context().close();
    });
  });

  it('presentation mode: its code and stylesheet cannot be fetched (offline); once the server is back, one click brings both', async () => {
    const w = await open('#lang=en', [{ path: asset('tour-mode'), fault: { status: 404 } }, { path: asset('tour-mode', 'css'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await page.locator('.present-enter').click();
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/presentation mode could not be loaded \(tour-mode-[\w-]+\.css\)/i);
    server.setFaults([]);
    await page.locator('.present-enter').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-presenting')), { timeout: 20_000 }).toBe(true);
    // The tour's stylesheet came too: it sets the card's width while presenting.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--present-card-w')), { timeout: 10_000 }).not.toBe('');
    await page.context().close();
  });

  it('a chunk shared by two parts 404s (the dialogs\' modal): the notice names it and offers a reload, which brings the part', async () => {
    const w = await open('#lang=en', [{ path: asset('modal'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await page.locator('.export-button').click();
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/download feature could not be loaded \(modal-[\w-]+\.js\)\. Check the connection and reload the page/i);
    server.setFaults([]);
    await page.locator('#notices .notice-reload').click();
    await waitForMap(page);
    await page.locator('.export-button').click();
    await expect.poll(() => page.locator('dialog.export-dialog[open]').count(), { timeout: 20_000 }).toBe(1);
    await page.context().close();
  });

  describe('a part whose code failed once and came on a retry: the parts that load after it work too', () => {
    // Chromium keeps a failed module fetch: the retry imports the file under a fresh query
    // (src/load/bounded.ts), but a chunk that imported the failed file by its own name would get the
    // failure again. So no chunk imports a lazily loaded part's file (tests/unit/lazy-chunks.test.ts).

    /** Waits for `selector`; if it never comes, the failure shows what `where` says instead (a notice naming a file). */
    const expectDrawn = (page: Page, selector: string, where: string) =>
      expect.poll(async () => ((await page.locator(selector).count()) ? 'drawn' : await visibleText(page, where)), { timeout: 30_000 }).toBe('drawn');

    // The frame, and the view's code behind it (which shares modules with the frame): either 404s,
    // and opened again once the server is back, the view draws.
    it.each(['frame', 'national-view'])('national view: %s-*.js 404s; opened again once the server is back, the view draws', async (chunk) => {
      const w = await open('#lang=en', [{ path: asset(chunk), fault: { status: 404 } }], { map: true });
      const { page } = w;
      await page.locator('.view-button[data-view="national"]').click();
      await expect.poll(() => visibleText(page, '#map'), { timeout: 20_000 }).toMatch(new RegExp(`map of China could not be loaded \\(${chunk}-[\\w-]+\\.js`));
      server.setFaults([]);
      await page.locator('.view-button[data-view="paired"]').click();
      await page.locator('.view-button[data-view="national"]').click();
      await expectDrawn(page, 'svg.national-map .arc', '#map');
      await page.context().close();
    });

    it("presentation mode: its cards' code 404s; once the server is back, the next step draws its card", async () => {
      const w = await open('#lang=en', [{ path: asset('step-card'), fault: { status: 404 } }], { map: true });
      const { page } = w;
      await page.locator('.present-enter').click();
      await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/presentation cards could not be loaded \(step-card-[\w-]+\.js/i);
      server.setFaults([]);
      await page.keyboard.press('ArrowRight');
      await expectDrawn(page, '.present-card .present-title', '#notices');
      await page.context().close();
    });

    it('embed mode: its code 404s once, the second ask brings it, and its card (which shares its strings) fills', async () => {
      // A link to an embed asks at once (with the boundaries), and again when the embed starts: no
      // notice, and no "try again" after both failed (a reload does).
      const w = await open('#embed=1&lang=en', [{ path: asset('embed-mode'), fault: { status: 404 }, times: 1 }], { map: true });
      const { page } = w;
      await expectDrawn(page, '.embed-footer .embed-source', '#notices');
      await expectDrawn(page, '.embed-card-choose', '#notices');
      await page.context().close();
    });

    describe('the results and news reports: their code 404s, a later page of the panel loads them once the server is back', () => {
      const resultsOnRetry = async () => {
        const w = await open('#pair=chaoyang-heping&lang=en', [{ path: RESULTS_CODE(), fault: { status: 404 } }], { map: true });
        const { page } = w;
        await expect.poll(() => visibleText(page, '#panel [data-failed="outcomes"]'), { timeout: 20_000 }).toMatch(/results and news reports could not be loaded/);
        server.setFaults([]);
        await page.evaluate(() => (location.hash = '#pair=jingyue-nankai&lang=en'));
        await expectDrawn(page, '#panel .results .result', '#panel');
        return page;
      };

      it('then the Download dialog (it lists their data) opens', async () => {
        const page = await resultsOnRetry();
        await page.locator('.export-button').click();
        await expectDrawn(page, 'dialog.export-dialog[open]', '#notices');
        await page.context().close();
      });

      it("then the tour's cards (they show the headline results) draw", async () => {
        const page = await resultsOnRetry();
        await page.locator('.present-enter').click();
        await expectDrawn(page, '.present-card .present-title', '#notices');
        await page.context().close();
      });
    });
  });

  it('embed mode: its code 404s, the embed says so and still shows the map and every pairing', async () => {
    const w = await open('#embed=1&lang=en', [{ path: asset('embed-mode'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/embed mode could not be loaded \(embed-mode-[\w-]+\.js/i);
    // Nothing is lost: the chart with its 20 links and both maps, and the list of pairings (the full page's panel).
    expect(await page.locator('#map [data-pair]').count()).toBeGreaterThan(0);
    expect(await page.locator('#map path.unit').count()).toBeGreaterThan(20);
    expect(await page.locator('#panel .pair-button').count()).toBeGreaterThan(0);
    // Still an embed where it counts: no history entries, cooperative gestures (the state says so).
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('embed'))).toBe('1');
    await screenshot(page, 'fault-embed-mode-404');
    await page.context().close();
  });

  it("embed mode: its card's code 404s, the embed says so, links to the full map and keeps the map and the chart", async () => {
    const w = await open('#embed=1&lang=en', [{ path: asset('embed-card'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#notices'), { timeout: 20_000 }).toMatch(/embed mode could not be loaded \(embed-card-[\w-]+\.js/i);
    expect(await page.locator('.embed-card').isVisible()).toBe(false);
    expect(await page.locator('.embed-footer .embed-open').isVisible()).toBe(true);
    expect(await page.locator('#map [data-pair]').count()).toBeGreaterThan(0);
    expect(await page.locator('#map path.unit').count()).toBeGreaterThan(20);
    await page.context().close();
  });

  it('timeline: its code 404s, the strip says the timeline could not be loaded; its button brings it once the server is back', async () => {
    const w = await open('#lang=en', [{ path: asset('timeline-strip'), fault: { status: 404 } }], { map: true });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#timeline'), { timeout: 20_000 }).toMatch(/timeline could not be loaded \(timeline-strip-[\w-]+\.js/i);
    await screenshot(page, 'fault-timeline-404');
    server.setFaults([]);
    await page.locator('#timeline .load-retry').click();
    await expect.poll(() => page.locator('#timeline .timeline-event').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.context().close();
  });

  it('timeline: a chunk that never answers gives up in bounded time and says so', async () => {
    const w = await open('#lang=en', [{ path: asset('timeline-strip'), fault: { delayMs: 120_000 } }], { map: true });
    const { page } = w;
    await expect.poll(() => visibleText(page, '#timeline'), { timeout: 40_000 }).toMatch(/timeline could not be loaded/i);
    await page.context().close();
  });
});
