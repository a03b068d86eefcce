// Count the national map's names an arc runs through, by size and language (docs/national-view.md).
// Against a served build (see shoot.mjs); SIZES=1280x800,... Not a test: it prints counts.
import { chromium } from 'playwright-core';
const base = process.env.URL ?? 'http://127.0.0.1:4179/';
const sizes = (process.env.SIZES ?? '1024x768,1280x800,1440x900,1920x1080,2560x1440,390x844,768x1024').split(',').map((s) => s.split('x').map(Number));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let total = 0;
for (const [w, h] of sizes) for (const lang of ['zh', 'en']) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`${base}#view=national&lang=${lang}`);
  await page.locator('.national svg .label').first().waitFor({ state: 'attached', timeout: 60000 });
  await page.waitForTimeout(800);
  const hits = await page.evaluate(() => {
    const out = [];
    const lines = [...document.querySelectorAll('.national svg .arc-line')];
    for (const t of document.querySelectorAll('.national svg .label')) {
      const b = t.getBoundingClientRect();
      for (const l of lines) {
        const m = l.getScreenCTM(); const n = l.getTotalLength();
        let hit = false;
        for (let s = 0; s <= n && !hit; s += 1) {
          const p = l.getPointAtLength(s); const x = m.a * p.x + m.c * p.y + m.e, y = m.b * p.x + m.d * p.y + m.f;
          if (x > b.left + 1 && x < b.right - 1 && y > b.top + 1 && y < b.bottom - 1) hit = true;
        }
        if (hit) out.push(`${t.textContent}×${l.closest('[data-pair]')?.getAttribute('data-national')}`);
      }
    }
    return out;
  });
  total += hits.length;
  console.log(`${w}x${h} ${lang}: ${hits.length} ${hits.join(', ')}`);
  await ctx.close();
}
console.log('total', total);
await browser.close();
