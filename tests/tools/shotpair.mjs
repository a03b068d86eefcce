// Screenshots of the same pages from two builds, compared byte for byte (PNG), written to /tmp/geo-shots.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve, CHROMIUM_ARGS } from '../bench/common.mjs';
const [a, b] = [resolve(process.argv[2]), resolve(process.argv[3])];
const specs = process.argv.slice(4);
mkdirSync('/tmp/geo-shots', { recursive: true });
const sites = [await serve(a), await serve(b)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
for (const spec of specs) {
  const [name, w, h, hash] = spec.split('|');
  const shots = [];
  for (const [i, site] of sites.entries()) {
    const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(site.url + hash);
    await page.locator(".geo-view[data-complete][data-renderer='webgl']").waitFor({ state: 'attached', timeout: 120000 });
    await page.mouse.move(+w - 2, +h / 2);
    await page.waitForTimeout(1500);
    const png = await page.screenshot();
    writeFileSync(`/tmp/geo-shots/${name}-${i ? 'after' : 'before'}.png`, png);
    shots.push(png);
    await ctx.close();
  }
  if (shots[0].equals(shots[1])) { console.log(name, 'IDENTICAL'); continue; }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const diff = await page.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((ok) => { const i = new Image(); i.onload = () => ok(i); i.src = 'data:image/png;base64,' + src; });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    const px = (img) => { const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d'); g.drawImage(img, 0, 0); return g.getImageData(0, 0, c.width, c.height).data; };
    const [pa, pb] = [px(ia), px(ib)];
    let n = 0, max = 0, n2 = 0;
    for (let i = 0; i < pa.length; i += 4) { let m = 0; for (let k = 0; k < 3; k++) m = Math.max(m, Math.abs(pa[i + k] - pb[i + k])); if (m) n++; if (m > 2) n2++; max = Math.max(max, m); }
    return { differing: n, over2: n2, max, total: pa.length / 4 };
  }, [shots[0].toString('base64'), shots[1].toString('base64')]);
  await ctx.close();
  console.log(name, 'DIFFERENT', JSON.stringify(diff));
}
await browser.close();
for (const s of sites) s.server.close();
