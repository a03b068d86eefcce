#!/usr/bin/env node
// `npm run bench`: cold loads in headless Chromium (Debian's, SwiftShader WebGL), median of N
// runs at 1× and 4× CPU throttle. For each: bytes transferred (gzip bodies, as a static host
// would serve them, counted by the server) and time from navigation to
//   paired — the chart's first label drawn (fonts ready), and ("complete") the page shown: both maps,
//            every label, link and name drawn and every feature installed (html.is-ready);
//   geo    — an interactive geographic view (MapLibre idle after its load: its arc layers drawn, pickable), and
//            when its labels and zone dots, drawn in the frames after, are there too ("labels drawn");
//   bare   — a bare page drawing the same TopoJSON with d3-geo and nothing else (baseline);
//   naive  — MapLibre + deck.gl + the same TopoJSON + one ArcLayer, nothing else (tests/bench/naive):
//            what the geographic view must beat (goal ≤ 0.8× its time, at 1× and 4×);
// then the ratios to the baseline and to the naive page. Needs `npm run build` first.
//   node tests/bench/load.mjs [--runs 5] [--rates 1,4] [--dist dist] [--cases geo,naive] [--before old-dist]
//                             [--variants name=dist,name2=dist2]  (more builds' geographic views, as cases of those names)
//   --before old-dist adds the cases geo-before and paired-before (that build's views), so an A/B of the
//   paired view is `--before main-dist --dist branch-dist --cases paired-before,paired,bare`.
import { existsSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { serve, launch, loadAverage } from './common.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '5'));
const RATES = arg('rates', '1,4').split(',').map(Number);
/** The build to measure (default dist/); a copy lets the bench run while the tests rebuild dist/. */
const DIST = resolve(arg('dist', join(ROOT, 'dist')));

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run npm run build first`);

// The baseline page, built with the same Vite into tests/artifacts/bench-bare.
const BARE = join(ROOT, 'tests/artifacts/bench-bare');
await build({ root: join(ROOT, 'tests/bench/bare'), base: './', configFile: false, logLevel: 'error', build: { outDir: BARE, emptyOutDir: true, target: 'es2022' } });
mkdirSync(join(BARE, 'geo'), { recursive: true });
copyFileSync(join(ROOT, 'public/geo/cities.topo.json'), join(BARE, 'geo/cities.topo.json'));
const NAIVE = join(ROOT, 'tests/artifacts/bench-naive');
await build({ root: join(ROOT, 'tests/bench/naive'), base: './', configFile: false, logLevel: 'error', build: { outDir: NAIVE, emptyOutDir: true, target: 'es2022' } });
mkdirSync(join(NAIVE, 'geo'), { recursive: true });
copyFileSync(join(ROOT, 'public/geo/cities.topo.json'), join(NAIVE, 'geo/cities.topo.json'));

const site = await serve(DIST);
// --before <dist>: an earlier build's geographic and paired views, measured in the same run (cases `geo-before`, `paired-before`).
const BEFORE = arg('before', '');
const before = BEFORE ? await serve(resolve(BEFORE)) : null;
// --variants a=dir,b=dir: other builds' geographic views (one change each), measured in turn with the rest.
const variants = Object.fromEntries(
  await Promise.all(
    arg('variants', '')
      .split(',')
      .filter(Boolean)
      .map(async (spec) => {
        const [name, dir] = spec.split('=');
        return [name, await serve(resolve(dir))];
      }),
  ),
);
const bare = await serve(BARE);
const naive = await serve(NAIVE);
const browser = await launch();
const loadBefore = loadAverage();

// `selector`: the element whose appearance is the page's "ready" (its time is taken in the page,
// by a MutationObserver, not after a round trip to the bench).
// geo and naive share one definition of ready, set by the page itself: MapLibre idle after its
// load with the arcs drawn and pickable. The view draws its arcs as MapLibre layers (so idle is
// that); the naive page draws them with deck.gl, so it also waits for deck.gl's frame with every
// layer loaded.
const CASES = {
  // The page stays hidden until its first drawing is whole (src/main.ts): `complete` is when it is shown.
  // `fonts`: ready is also when document.fonts.ready settled after the first label, taken in the page.
  // (It was taken by a page.evaluate after the bench saw the label, so it carried the round trip,
  // and "ready" read 60–70 ms later than "complete" at 1×.)
  paired: { url: site.url, selector: 'svg.paired-map .label', complete: 'html.is-ready', fonts: true },
  ...(before ? { 'paired-before': { url: before.url, selector: 'svg.paired-map .label', complete: 'html.is-ready', fonts: true } } : {}),
  // `complete`: the labels and zone dots too, which the geographic view draws in the frames after ready.
  geo: { url: `${site.url}#view=geo`, selector: ".geo-view[data-ready][data-renderer='webgl']", complete: ".geo-view[data-complete][data-renderer='webgl']" },
  ...(before ? { 'geo-before': { url: `${before.url}#view=geo`, selector: ".geo-view[data-ready][data-renderer='webgl']" } } : {}),
  ...Object.fromEntries(
    Object.entries(variants).map(([name, v]) => [name, { url: `${v.url}#view=geo`, selector: ".geo-view[data-ready][data-renderer='webgl']", complete: ".geo-view[data-complete][data-renderer='webgl']" }]),
  ),
  bare: { url: bare.url, selector: '#map[data-ready]' },
  naive: { url: naive.url, selector: '#map[data-ready]' },
};
const ONLY = arg('cases', Object.keys(CASES).join(',')).split(',');

async function once(name, rate) {
  // The service worker precaches the whole site once the page has loaded; that download is not
  // what the view needs to appear, so it is blocked here and its size is printed apart (below).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(([selector, complete]) => {
    new MutationObserver((_, observer) => {
      if (window.__readyAt === undefined && document.querySelector(selector)) {
        window.__readyAt = performance.now();
        document.fonts.ready.then(() => (window.__fontsAt = performance.now()));
      }
      if (complete && window.__completeAt === undefined && document.querySelector(complete)) window.__completeAt = performance.now();
      if (window.__readyAt !== undefined && (!complete || window.__completeAt !== undefined)) observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, [CASES[name].selector, CASES[name].complete]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const server = name === 'bare' ? bare : name === 'naive' ? naive : name === 'geo-before' || name === 'paired-before' ? before : (variants[name] ?? site);
  server.served.bytes = 0;
  await page.goto(CASES[name].url, { waitUntil: 'commit' });
  await page.locator(CASES[name].selector).first().waitFor({ state: 'attached', timeout: 180_000 });
  const at = await page.evaluate(() => window.__readyAt ?? performance.now());
  const ms = CASES[name].fonts ? Math.max(at, await (await page.waitForFunction(() => window.__fontsAt)).jsonValue()) : at;
  let complete;
  if (CASES[name].complete) {
    await page.locator(CASES[name].complete).first().waitFor({ state: 'attached', timeout: 180_000 });
    complete = await page.evaluate(() => window.__completeAt);
  }
  const kb = server.served.bytes / 1024;
  await context.close();
  return { ms, kb, complete };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const rate of RATES) {
  const runs = Object.fromEntries(ONLY.map((name) => [name, []]));
  // The cases take turns (geo, naive, geo, naive …), so a busy spell on the machine falls on all of
  // them alike; every load is cold all the same (a new context, the cache off).
  for (let i = 0; i < RUNS; i++) for (const name of ONLY) runs[name].push(await once(name, rate));
  for (const name of ONLY) {
    const r = runs[name];
    const complete = r.some((x) => x.complete === undefined) ? undefined : median(r.map((x) => x.complete));
    results[`${name}@${rate}`] = { ms: median(r.map((x) => x.ms)), kb: median(r.map((x) => x.kb)), complete, all: r.map((x) => Math.round(x.ms)) };
    process.stderr.write(`${name} @${rate}×: ${r.map((x) => Math.round(x.ms)).join(', ')} ms${complete === undefined ? '' : `; complete ${r.map((x) => Math.round(x.complete)).join(', ')} ms`}\n`);
  }
}
await browser.close();
site.server.close();
bare.server.close();
naive.server.close();
before?.server.close();
for (const v of Object.values(variants)) v.server.close();

const rows = [];
for (const rate of RATES) {
  const b = results[`bare@${rate}`];
  const n = results[`naive@${rate}`];
  const ratio = (x, base, digits) => (base ? `${(x / base).toFixed(digits)}×` : '–');
  for (const name of ONLY) {
    const r = results[`${name}@${rate}`];
    rows.push(`| ${name} | ${rate}× | ${r.kb.toFixed(1)} KB | ${ratio(r.kb, b?.kb, 1)} | ${Math.round(r.ms)} ms | ${ratio(r.ms, b?.ms, 1)} | ${ratio(r.ms, n?.ms, 2)} | ${r.complete === undefined ? '' : `${Math.round(r.complete)} ms (${ratio(r.complete, b?.ms, 1)} bare)`} |`);
  }
}
console.log(`\nmedian of ${RUNS} cold loads, headless Chromium (SwiftShader), 1280×800, gzip; load average ${loadBefore} before, ${loadAverage()} after (1, 5, 15 min)\n`);
console.log('| page | CPU | transferred | bytes vs bare | time to ready | vs bare | vs naive | complete (geo: labels drawn; paired: shown) |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));

// What the service worker downloads after a first visit, for offline use (gzip, as served).
const sw = join(DIST, 'sw.js');
if (existsSync(sw)) {
  const files = [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  console.log(`\nservice-worker precache after the first visit: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzip (not in the figures above)`);
}
