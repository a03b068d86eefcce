// GPU cost of each draw call during a cold #view=geo load: gl.finish() after every draw, time
// attributed to the program (named by its shader) and the draw's state. Distorts the total, but
// says which draws (pipeline compiles + raster) the GPU process spends its time on.
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from '../bench/common.mjs';
import { resolve } from 'node:path';
const dist = resolve(process.argv[2] ?? 'dist');
const url = process.argv[3] ?? '#view=geo';
const sel = process.argv[4] ?? ".geo-view[data-ready][data-renderer='webgl']";
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
const page = await context.newPage();
await page.addInitScript(() => {
  const P = WebGL2RenderingContext.prototype;
  const src = new WeakMap(), names = new WeakMap();
  const cur = new WeakMap();
  window.__draws = [];
  const ss = P.shaderSource; P.shaderSource = function (s, t) { src.set(s, (t.match(/SHADER_NAME\s+(\S+)/) || [])[1] || t.replace(/\s+/g, ' ').slice(-40)); return ss.call(this, s, t); };
  const as = P.attachShader; P.attachShader = function (p, s) { names.set(p, [names.get(p), src.get(s)].filter(Boolean).join(' | ')); return as.call(this, p, s); };
  const up = P.useProgram; P.useProgram = function (p) { cur.set(this, p); return up.call(this, p); };
  for (const fn of ['drawElements', 'drawArrays', 'drawArraysInstanced', 'drawElementsInstanced']) {
    const o = P[fn];
    P[fn] = function (...a) {
      const px = new Uint8Array(4);
      this.readPixels(0, 0, 1, 1, this.RGBA, this.UNSIGNED_BYTE, px);
      const t = performance.now();
      const r = o.apply(this, a);
      this.readPixels(0, 0, 1, 1, this.RGBA, this.UNSIGNED_BYTE, px);
      const d = performance.now() - t;
      const st = [this.getParameter(this.BLEND), this.getParameter(this.DEPTH_TEST), this.getParameter(this.STENCIL_TEST), this.getParameter(this.DEPTH_WRITEMASK), this.getParameter(this.DEPTH_FUNC), this.getParameter(this.STENCIL_FUNC), this.getParameter(this.COLOR_WRITEMASK).join(''), this.getParameter(this.FRAMEBUFFER_BINDING) ? 'fbo' : 'screen'].join(',');
      window.__draws.push({ t: Math.round(t), d, prog: names.get(cur.get(this)) ?? '?', st, n: a[1] });
      return r;
    };
  }
});
await page.goto(site.url + url);
await page.locator(sel).waitFor({ state: 'attached', timeout: 150000 });
await page.waitForTimeout(1500);
const draws = await page.evaluate(() => window.__draws);
const by = new Map();
for (const d of draws) { const k = `${d.prog}  [${d.st}]`; const v = by.get(k) ?? { n: 0, ms: 0, first: d.d, t: d.t }; v.n++; v.ms += d.d; by.set(k, v); }
for (const [k, v] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(v.ms.toFixed(0).padStart(6), `first ${v.first.toFixed(0)}`.padStart(10), `@${v.t}`.padStart(7), `×${v.n}`.padStart(5), k.slice(0, 200));
console.log('total', draws.reduce((a, d) => a + d.d, 0).toFixed(0), 'draws', draws.length);
await browser.close();
site.server.close();
