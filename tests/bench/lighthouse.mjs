#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (the npm package, a dev dependency) against `vite preview` of
// the production build, in Debian's Chromium (never a downloaded browser), on Lighthouse's mobile
// and desktop presets (simulated throttling), for the paired, geographic and national views and an
// embed. Prints one table. A benchmark, not a test: not part of `npm test`. Needs a build
// (`npm run lighthouse` builds first; `node tests/bench/lighthouse.mjs` measures dist/ as it is).
//   node tests/bench/lighthouse.mjs [--port 4179] [--runs 1] [--only paired,geo] [--presets mobile,desktop] [--json out.json]
import { writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { preview } from 'vite';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '1'));
const PRESETS = arg('presets', 'mobile,desktop').split(',');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/index.html is missing: run npm run build first');

const PAGES = {
  paired: '',
  geo: '#view=geo',
  national: '#view=national',
  embed: '#embed=1',
};
const only = arg('only', Object.keys(PAGES).join(',')).split(',');

// vite preview serves dist/ with the CSP header (vite.config.ts), like a static host would.
// `npm run lighthouse` builds with SITE_URL=http://127.0.0.1:4179/ and serves there, so the canonical
// link points at the page Lighthouse audits (config/site-meta.ts).
const PORT = Number(arg('port', '0'));
const server = await preview({ root: ROOT, logLevel: 'error', preview: { host: '127.0.0.1', port: PORT, strictPort: PORT !== 0, open: false } });
const base = server.resolvedUrls.local[0];

const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  // Same WebGL flags as the tests (software WebGL2 through SwiftShader; no GPU here).
  chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (const name of only) {
    for (const preset of PRESETS) {
      const results = [];
      for (let i = 0; i < RUNS; i++) {
        const url = base + PAGES[name];
        const config = preset === 'desktop' ? desktopConfig : undefined;
        const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
        const lhr = r.lhr;
        if (lhr.runtimeError) throw new Error(`${name} ${preset}: ${lhr.runtimeError.message}`);
        const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const num = (a) => lhr.audits[a]?.numericValue ?? NaN;
        const failing = Object.values(lhr.categories)
          .filter((c) => c.id !== 'performance')
          .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1).map((ref) => ref.id));
        results.push({ bi: lhr.environment.benchmarkIndex, perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'), cls: num('cumulative-layout-shift'), tbt: num('total-blocking-time'), lcp: num('largest-contentful-paint'), fcp: num('first-contentful-paint'), si: num('speed-index'), failing });
      }
      const pick = (k) => median(results.map((x) => x[k]));
      const row = { view: name, preset, perf: pick('perf'), a11y: pick('a11y'), bp: pick('bp'), seo: pick('seo'), cls: pick('cls'), tbt: pick('tbt'), lcp: pick('lcp'), fcp: pick('fcp'), si: pick('si'), bi: pick('bi'), failing: [...new Set(results.flatMap((x) => x.failing))] };
      rows.push(row);
      console.error(`${name} ${preset}: ${row.perf} / ${row.a11y} / ${row.bp} / ${row.seo} CLS ${row.cls.toFixed(3)} TBT ${Math.round(row.tbt)} ms LCP ${(row.lcp / 1000).toFixed(1)} s${row.failing.length ? ` — failing: ${row.failing.join(', ')}` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  await new Promise((ok) => server.httpServer.close(ok));
}

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const s = (x) => `${(x / 1000).toFixed(1)} s`;
// Simulated throttling multiplies the main-thread time it observes: a busy machine lowers TBT/LCP scores.
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROME_PATH}, simulated throttling, median of ${RUNS} run(s); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores\n`);
// BI: Lighthouse's benchmark index of the machine during the run (a mid-range phone, Pixel 5, is
// about 1,000 in DevTools' calibration): the lower it is, the more the busy machine, not the page,
// costs the performance score under simulated throttling.
console.log('| view | device | performance | accessibility | best practices | SEO | CLS | TBT | LCP | FCP | SI | BI |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.view} | ${r.preset} | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${r.cls.toFixed(3)} | ${ms(r.tbt)} | ${s(r.lcp)} | ${s(r.fcp)} | ${s(r.si)} | ${Math.round(r.bi)} |`);
const failing = rows.filter((r) => r.failing.length);
if (failing.length) {
  console.log('\nAudits below full marks (accessibility, best practices, SEO):');
  for (const r of failing) console.log(`- ${r.view} ${r.preset}: ${r.failing.join(', ')}`);
}
const out = arg('json', null);
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
process.exit(0);
