// Which programs link, when, and how long the page waits for each (getProgramParameter after link).
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from '../bench/common.mjs';
import { resolve } from 'node:path';
const dist = resolve(process.argv[2] ?? 'dist');
const hash = process.argv[3] ?? '#view=geo';
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
for (let run = 0; run < Number(process.argv[4] ?? 1); run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log = (window.__gl = []);
    const P = WebGL2RenderingContext.prototype;
    const names = new WeakMap();
    const shaderName = new WeakMap();
    const wrap = (name, fn) => {
      const orig = P[name];
      P[name] = function (...a) {
        const t = performance.now();
        const r = orig.apply(this, a);
        const d = performance.now() - t;
        fn?.(a, r, t, d);
        if (d > 20) log.push({ call: name, t: Math.round(t), d: Math.round(d), what: a[0] && names.get(a[0]) });
        return r;
      };
    };
    wrap('shaderSource', (a) => shaderName.set(a[0], (a[1].match(/SHADER_NAME\s+(\S+)/) || [])[1] || a[1].length + 'ch:' + a[1].replace(/\s+/g, ' ').slice(-90)));
    wrap('attachShader', (a) => names.set(a[0], [names.get(a[0]), shaderName.get(a[1])].filter(Boolean).join('+')));
    wrap('linkProgram', (a, r, t) => log.push({ call: 'link', t: Math.round(t), what: names.get(a[0]) }));
    wrap('getProgramParameter');
    wrap('getShaderParameter');
    wrap('useProgram');
    wrap('getExtension');
    wrap('getParameter');
    wrap('drawElements');
    wrap('drawArrays');
    wrap('drawArraysInstanced');
    wrap('drawElementsInstanced');
    wrap('readPixels');
    wrap('getUniformBlockIndex');
    wrap('getUniformLocation');
    const gc = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (...a) {
      const t = performance.now();
      const r = gc.apply(this, a);
      if (/webgl/.test(a[0])) log.push({ call: 'getContext', t: Math.round(t), d: Math.round(performance.now() - t) });
      return r;
    };
  });
  await page.goto(site.url + hash);
  const sel = process.argv[5] ?? ".geo-view[data-ready][data-renderer='webgl']";
  await page.locator(sel).waitFor({ state: 'attached', timeout: 120000 });
  const out = await page.evaluate(() => ({ log: window.__gl, now: performance.now(), marks: performance.getEntriesByType("mark").sort((a,b)=>a.startTime-b.startTime).map((m) => `${m.name}@${Math.round(m.startTime)}`) }));
  console.log(`ready ~${Math.round(out.now)} ms`, out.marks.join(' '));
  for (const l of out.log) console.log(String(l.t).padStart(6), l.d === undefined ? '' : `${l.d} ms`.padStart(8), l.call, l.what ?? '');
  await context.close();
}
await browser.close();
site.server.close();
