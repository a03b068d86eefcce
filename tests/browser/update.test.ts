// Deploys under an open page: the page says a new version exists and reloads into it; a tab
// left open keeps working (the old worker keeps the old chunks); a chunk gone after a deploy leads
// to the prompt, not a dead button; a broken deploy never strands a reader who is offline.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, waitForMap } from './harness';
import { DIST, serveFaulty, type FaultServer } from './fault-server';
import { nextDeploy, type Deploy } from './deploy';

let browser: Browser;
let server: FaultServer;
const deploys: Deploy[] = [];
beforeAll(async () => {
  browser = await launch();
  server = await serveFaulty();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const d of deploys) d.remove();
});
afterEach(() => server.setRoot(DIST));

function deploy(tag: string, options: { missing?: RegExp } = {}): Deploy {
  const d = nextDeploy(tag, options);
  deploys.push(d);
  return d;
}

/** The version the page runs: its entry script's name (a deploy renames every hashed file). */
const running = (page: Page) => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
const controlled = (page: Page) => expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
/** The laptop reconnects (what a presenter's machine does before a meeting): the page looks for a new version. */
async function reconnect(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.context().setOffline(false);
}
const prompt = (page: Page) => page.locator('.update-prompt');

describe('a new version, deployed under an open page', () => {
  it('the page says so and Reload brings the new version', async () => {
    const w = await openPage(browser, { path: server.url('#pair=chaoyang-heping&lang=en'), allowOrigins: [server.origin] });
    const { page } = w;
    await controlled(page);
    expect(await prompt(page).isVisible()).toBe(false);
    const before = await running(page);
    server.setRoot(deploy('v2').dir);
    await reconnect(page);
    await expect.poll(() => prompt(page).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await prompt(page).textContent()).toMatch(/new version of this map/);
    await screenshot(page, 'update-prompt-en');
    await prompt(page).locator('button').click();
    await expect.poll(() => running(page).catch(() => ''), { timeout: 60_000 }).toMatch(/v2\.js$/);
    expect(before).not.toMatch(/v2\.js$/);
    await waitForMap(page);
    // The state survives the reload: it is in the URL.
    expect(await page.locator('.label.is-selected[data-party="chaoyang"]').count()).toBe(1);
    await page.context().close();
  });

  it('a tab open across the deploy keeps its lazy parts: the old worker still has the old chunks', async () => {
    const w = await openPage(browser, { path: server.url('#lang=en'), allowOrigins: [server.origin] });
    const { page } = w;
    await controlled(page);
    server.setRoot(deploy('v3').dir);
    await reconnect(page);
    await expect.poll(() => prompt(page).isVisible(), { timeout: 60_000 }).toBe(true);
    // Not reloaded yet: Download and the national view still come (from the old worker's cache).
    await page.locator('.export-button').click();
    await expect.poll(() => page.locator('dialog.export-dialog[open]').count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.view-button[data-view="national"]').click();
    await page.locator('svg.national-map .arc').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.context().close();
  });

  it('an embed (no worker) whose chunk is gone after a deploy: asking for it leads to the new-version prompt', async () => {
    const w = await openPage(browser, { path: server.url('#lang=en&embed=1'), allowOrigins: [server.origin], allow: { consoleErrors: [/national-view|Failed to fetch dynamically imported module|404/i] } });
    const { page } = w;
    await waitForMap(page);
    server.setRoot(deploy('v4').dir);
    // The national view is a lazy part of the embed too (the article's page can steer the frame to
    // it, as a link would); its old chunk is gone from the server.
    await page.evaluate(() => location.replace('#view=national&lang=en&embed=1'));
    await expect.poll(() => prompt(page).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await prompt(page).textContent()).toMatch(/new version/);
    await screenshot(page, 'update-prompt-embed');
    await prompt(page).locator('button').click();
    await expect.poll(() => running(page).catch(() => ''), { timeout: 60_000 }).toMatch(/v4\.js$/);
    // The reload keeps the reader's place (the URL) and the national view now comes.
    await page.locator('svg.national-map .arc').first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-embed'))).toBe(true);
    await page.context().close();
  });

  it('a broken deploy (a file its worker lists is missing) never strands a reader offline', async () => {
    const w = await openPage(browser, { path: server.url('#lang=en'), allowOrigins: [server.origin] });
    const { page } = w;
    await controlled(page);
    const before = await running(page);
    server.setRoot(deploy('v5', { missing: /^assets\/dialog-.*\.js$/ }).dir);
    await reconnect(page);
    // The new worker cannot install; no prompt sends the reader to it.
    await expect.poll(() => server.requests.some((p) => /dialog-.*v5\.js$/.test(p)), { timeout: 60_000 }).toBe(true);
    expect(await prompt(page).isVisible()).toBe(false);
    await page.context().setOffline(true);
    await page.reload();
    await waitForMap(page);
    expect(await running(page)).toBe(before);
    await page.locator('.export-button').click();
    await expect.poll(() => page.locator('dialog.export-dialog[open]').count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.view-button[data-view="national"]').click();
    await page.locator('svg.national-map .arc').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.context().close();
  });
});
