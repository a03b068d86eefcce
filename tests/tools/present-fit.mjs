// Presenting, per step: the paired view's chart type size (against 0.9 × a 45th of the screen's
// height), the map box, both city maps' frames, the card's box, its --card-fit and its smallest body
// text. Against a served build (see shoot.mjs). Environment: SIZES=1024x768,1920x1080 LANGS=zh,en
// STEPS=1,2,20, CARDW=32vw (tries another card column width). Not a test: it prints figures.
import { chromium } from 'playwright-core';
const base = process.env.URL ?? 'http://127.0.0.1:4179/';
const sizes = (process.env.SIZES ?? '1024x768,1280x720,1366x768,1920x1080,3840x2160').split(',').map((s) => s.split('x').map(Number));
const langs = (process.env.LANGS ?? 'zh,en').split(',');
const steps = (process.env.STEPS ?? '1,2,3,8').split(',').map(Number);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of sizes) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  for (const lang of langs) for (const step of steps) {
    await page.goto(`${base}#lang=${lang}&mode=present&step=${step}`);
    await page.reload();
    await page.locator('svg.paired-map .label').first().waitFor({ state: 'attached' });
    if (process.env.CARDW) await page.evaluate((w) => document.documentElement.style.setProperty('--present-card-w', w), process.env.CARDW);
    await page.waitForTimeout(600);
    const r = await page.evaluate(() => {
      const px = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : null;
      const b = (el) => { if (!el) return null; const r = el.getBoundingClientRect(); return `${Math.round(r.width)}x${Math.round(r.height)}`; };
      const labels = [...document.querySelectorAll('svg.paired-map .label .label-text')];
      const frames = ['changchun', 'tianjin'].map((c) => b(document.querySelector(`.city-${c} rect.map-bg`)));
      const card = document.querySelector('.present-card');
      const ps = [...(card?.querySelectorAll(':is(p, li, h2)') ?? [])].filter((e) => e.innerText.trim() && !e.matches('.present-cite, .present-eyebrow'));
      const p = ps.sort((a, b) => parseFloat(getComputedStyle(a).fontSize) - parseFloat(getComputedStyle(b).fontSize))[0];
      return {
        label: labels.length ? Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize))) : null,
        want: (0.9 * innerHeight / 45).toFixed(1),
        map: b(document.getElementById('map')), frames,
        card: b(card), fit: card?.style.getPropertyValue('--card-fit'), body: px(p),
        scroll: document.documentElement.scrollHeight > innerHeight,
      };
    });
    console.log(`${w}x${h} ${lang} step ${step}: label ${r.label}/${r.want} map ${r.map} frames ${r.frames.join(' ')} card ${r.card} fit ${r.fit} body ${r.body}${r.scroll ? ' SCROLLS' : ''}`);
  }
  await ctx.close();
}
await browser.close();
