// Nothing moves after it appears: layout shift measured in the page itself, with a
// PerformanceObserver for `layout-shift` entries (the browser's own account of every visible
// element that moved), during load and while a reader selects, switches language, switches view
// and goes Back — in the paired, national and geographic views and an embed, on a phone and a
// desktop. Counted as Cumulative Layout Shift counts it: shifts within 500 ms of the reader's own
// click or key (`hadRecentInput`) are the answer to that input and are left out; everything else —
// content arriving late, a lazy chunk, a notice, a font, Back — counts, summed over the whole visit
// (stricter than CLS, which keeps only the worst 5-second window). Fails above 0.02, the budget of
// docs/performance.md; each failure names the elements that moved, and where from and to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LIMIT = 0.02;

const PHONE = { name: 'phone', width: 390, height: 844 };
const DESKTOP = { name: 'desktop', width: 1280, height: 800 };

interface Case {
  name: string;
  path: string;
  /** drawn state of the view: what "loaded" means */
  ready: string;
  /** a control a reader clicks to select something, in the view's own panel */
  select: string;
  /** a folded section the reader opens first, where it is folded (the panel's list on a phone) */
  open?: string;
  sizes: (typeof PHONE)[];
}

const CASES: Case[] = [
  // The reader taps a row of the chart (on a phone the panel's list is folded: the chart is the list).
  { name: 'paired', path: '', ready: 'svg.paired-map .label', select: 'svg.paired-map .labels-changchun .label[data-party]', sizes: [PHONE, DESKTOP] },
  // English: longer words, a header that wraps differently on a phone.
  { name: 'paired, English', path: '#lang=en', ready: 'svg.paired-map .label', select: 'svg.paired-map .labels-changchun .label[data-party]', sizes: [PHONE, DESKTOP] },
  { name: 'national', path: '#view=national', ready: 'svg.national-map .arc', select: '.national-button', sizes: [PHONE, DESKTOP] },
  { name: 'geographic', path: '#view=geo', ready: '.geo-view[data-ready]', open: '#panel .fold.pair-list:not([open]) > summary', select: '#panel .pair-button', sizes: [PHONE, DESKTOP] },
  { name: 'embed', path: '#embed=1', ready: 'svg.paired-map .label', select: 'svg.paired-map .labels-changchun .label[data-party]', sizes: [PHONE, DESKTOP] },
  { name: 'embed, national', path: '#embed=1&view=national', ready: 'svg.national-map .arc', select: '.national-button', sizes: [PHONE] },
];

interface Shift {
  value: number;
  at: number;
  input: boolean;
  sources: string[];
}

/** Every layout shift since navigation (buffered), and from now on, kept in the page. */
async function observe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const name = (n: Node | null) => {
      if (!n) return '(gone)';
      if (!(n instanceof Element)) return n.nodeName;
      const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
      return `${n.localName}${n.id ? `#${n.id}` : ''}${cls}`;
    };
    const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    const shifts: unknown[] = [];
    (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
        shifts.push({ value: e.value, at: Math.round(e.startTime), input: e.hadRecentInput, sources: e.sources.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shifts(page: Page): Promise<Shift[]> {
  // Two frames: entries for the last frame's layout are delivered after it is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts.slice());
}

/** Waits until the page is quiet: fonts loaded, no request in flight for 500 ms (lazy chunks, data). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The shifts that count (not answering the reader's input), as one number and a readable list. */
function account(list: Shift[], step: string): { total: number; report: string } {
  const counted = list.filter((s) => !s.input);
  const total = counted.reduce((n, s) => n + s.value, 0);
  const report = counted.map((s) => `  ${step} at ${s.at} ms: ${s.value.toFixed(4)}\n    ${s.sources.join('\n    ')}`).join('\n');
  return { total, report };
}

describe('layout shift (CLS ≤ 0.02)', () => {
  for (const c of CASES) {
    for (const size of c.sizes) {
      it(`${c.name}, ${size.name}: load, selection, Back, language and view switch`, async () => {
        const w = await openPage(browser, { path: c.path, viewport: { width: size.width, height: size.height }, map: false });
        const { page } = w;
        // The geographic view starts MapLibre and deck.gl on a software GPU: slow on a busy machine.
        await page.locator(c.ready).first().waitFor({ state: 'attached', timeout: 180_000 });
        await observe(page);
        await settle(page);
        const steps: { step: string; total: number; report: string }[] = [];
        let seen = 0;
        const mark = async (step: string) => {
          const all = await shifts(page);
          steps.push({ step, ...account(all.slice(seen), step) });
          seen = all.length;
        };
        await mark('load');

        // Select: the reader clicks the first entry of the panel's list.
        const entries = await page.evaluate(() => history.length);
        if (c.open && (await page.locator(c.open).count())) await page.locator(c.open).first().click();
        await page.locator(c.select).first().click();
        await settle(page);
        await mark('selection');

        // Back: the browser's button, not an input the page sees, so every shift counts. (Only where
        // the selection added a history entry: an embed adds none, and Back would leave the page.)
        if ((await page.evaluate(() => history.length)) > entries) {
          await page.goBack();
          await settle(page);
          await mark('Back');
        }

        // Language and view: the header's buttons (an embed has no header).
        const lang = page.locator('#lang-switch');
        if (await lang.isVisible()) {
          await lang.click();
          await settle(page);
          await mark('language');
        }
        const other = page.locator('.view-button[aria-pressed="false"]').first();
        if (await other.isVisible()) {
          await other.click();
          await settle(page);
          await mark('view switch');
        }

        const total = steps.reduce((n, s) => n + s.total, 0);
        const detail = steps.map((s) => `${s.step}: ${s.total.toFixed(4)}`).join(', ');
        console.log(`layout shift, ${c.name}, ${size.name}: ${total.toFixed(4)} (${detail})`);
        expect(total, `layout shift ${detail}\n${steps.map((s) => s.report).filter(Boolean).join('\n')}`).toBeLessThanOrEqual(LIMIT);
      });
    }
  }
});
