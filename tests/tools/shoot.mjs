// Screenshots to look at, as an editor would: each argument is one page,
//   "name|width|height|#hash|full|readySelector|light or dark|deviceScaleFactor"
// (only the first three are required; "full" takes the whole page; the ready selector defaults to
// the paired map's labels), written to /tmp/shots/<name>.png. Against a served build:
//   npx vite build && npx vite preview --port 4179 &
//   node tests/tools/shoot.mjs "desk|1280|800|#lang=zh" "geo|1440|900|#view=geo&pair=auto-ninghe||.geo-view[data-ready]"
// URL=http://host:port/ serves another build; ARGS='--disable-webgl --disable-3d-apis' adds Chromium
// flags (a browser without WebGL). Not a test: nothing is asserted.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
const base = process.env.URL ?? 'http://127.0.0.1:4179/';
mkdirSync('/tmp/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(process.env.ARGS ?? '').split(' ').filter(Boolean)] });
for (const spec of process.argv.slice(2)) {
  const [name, w, h, hash = '', full = '', wait = 'svg.paired-map .label', scheme = 'light', scale = '1'] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce', colorScheme: scheme, deviceScaleFactor: +scale });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(name, 'console error:', m.text()));
  await page.goto(base + hash);
  await page.locator(wait || 'svg.paired-map .label').first().waitFor({ state: 'attached', timeout: 60000 });
  await page.mouse.move(+w - 2, +h / 2);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === 'full' });
  console.log('shot', name);
  await ctx.close();
}
await browser.close();
