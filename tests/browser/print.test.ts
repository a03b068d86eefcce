// The printed page, checked as a PDF with poppler-utils: one A4 landscape page with the map and the panel.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { content } from '../../src/content/index';
import { PAIRED_STRINGS } from '../../src/views/paired-strings';
import { ARTIFACTS, launch, openPage, pdfPicture } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints the page as Chrome's print preview would, and reads the PDF back. */
async function printToPdf(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('#panel').getAttribute('data-print-pt'), { timeout: 20_000 }).not.toBeNull();
  const fit = await page.evaluate(() => {
    const panel = document.getElementById('panel')!;
    return { pt: Number(panel.dataset.printPt), fits: panel.scrollHeight <= panel.clientHeight + 1 && panel.scrollWidth <= panel.clientWidth + 1 };
  });
  const file = resolve(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // A picture of the page, to look at.
  pdfPicture(file, name);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.slice(1, 3).map(Number) as [number, number],
    text: text.replace(/\s+/g, ''),
    fit,
  };
}

/** A4 landscape is 297 × 210 mm = 841.89 × 595.28 pt. */
function expectA4Landscape(size: [number, number]) {
  expect(size[0]).toBeCloseTo(841.89, 0);
  expect(size[1]).toBeCloseTo(595.28, 0);
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('printing', () => {
  it('prints a selected pairing as one A4 landscape page with the map and the panel', async () => {
    const w = await openPage(browser, { path: '#pair=chaoyang-heping' });
    const r = await printToPdf(w.page, 'print-chaoyang-heping-zh');
    expect(r.pages).toBe(1);
    expectA4Landscape(r.size);
    // The map: both cities' titles and labels on every side.
    for (const label of ['长春', '天津', '朝阳区', '和平区', '榆树市', '静海区']) expect(r.text, `map label ${label}`).toContain(label);
    // The panel: the pairing's summary and its sources.
    const pairing = content.pairings.find((p) => p.id === 'chaoyang-heping')!;
    expect(r.text).toContain(squash(pairing.summary.zh).slice(0, 20));
    expect(r.text).toContain('依据');
    expect(r.text).toContain('发改振兴〔2018〕437号');
    // Where it came from.
    expect(r.text).toContain('pair=chaoyang-heping');
    // The map's screen controls are not printed: no zoom buttons, no "Ctrl + wheel" hint.
    expect(r.text, 'the zoom hint on paper').not.toContain(squash(PAIRED_STRINGS.zh.hintWheel));
    expect(r.text, 'the reset button on paper').not.toContain('⟲');
    expect(await w.page.locator('.zoom-controls, .zoom-hint').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length), 'zoom controls laid out in print').toBe(0);
    expect(r.fit.fits).toBe(true);
    expect(r.fit.pt).toBeGreaterThanOrEqual(7);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it('fits the longest panel, the overview, on the page in English too', async () => {
    const w = await openPage(browser, { path: '#lang=en' });
    const r = await printToPdf(w.page, 'print-overview-en');
    expect(r.pages).toBe(1);
    expectA4Landscape(r.size);
    expect(r.text).toContain('Heping');
    expect(r.text).toContain(squash('The 15 pairings'));
    // The last things in the panel are on the page: the results and the sources list.
    expect(r.text).toContain(squash(content.projects[1]!.name.en));
    expect(r.text).toContain('Sources');
    expect(r.text).toContain(squash('Results'));
    expect(r.fit.fits).toBe(true);
    expect(r.fit.pt).toBeGreaterThanOrEqual(5.5);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it('prints the map and the step’s pairing while presenting, not the presentation controls', async () => {
    const w = await openPage(browser, { viewport: { width: 1920, height: 1080 }, path: '#mode=present&step=3' });
    const r = await printToPdf(w.page, 'print-presenting-zh');
    expect(r.pages).toBe(1);
    expectA4Landscape(r.size);
    const pair = content.pairings.filter((p) => !p.parent).sort((a, b) => a.order - b.order)[1]!;
    expect(r.text).toContain(squash(pair.summary.zh).slice(0, 20));
    expect(r.text).not.toContain('退出演示');
    expect(r.text).toContain('长春');
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
