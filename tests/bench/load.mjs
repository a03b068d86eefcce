#!/usr/bin/env node
// `npm run bench`: cold loads in headless Chromium (Debian's, SwiftShader WebGL), median of N
// runs at 1× and 4× CPU throttle. For each: bytes transferred (gzip bodies, as a static host
// would serve them, counted by the server) and time from navigation to
//   paired — the first complete paired view (every label drawn, fonts ready);
//   geo    — an interactive geographic view (MapLibre idle, deck.gl arcs drawn, pickable);
//   bare   — a bare page drawing the same TopoJSON with d3-geo and nothing else (baseline);
//   naive  — MapLibre + deck.gl + the same TopoJSON + one ArcLayer, nothing else (tests/bench/naive):
//            what the geographic view must beat (goal ≤ 0.8× its time, at 1× and 4×);
// then the ratios to the baseline and to the naive page. Needs `npm run build` first.
//   node tests/bench/load.mjs [--runs 5] [--rates 1,4] [--dist dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, mkdirSync, copyFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';

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

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };
/** A static server that gzips like a real host would (so bytes are what a visitor downloads). */
let served = 0;
function serve(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 6 }));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    // Counted here, not from DevTools: the page's Network events miss what MapLibre's worker fetches.
    served += cache.get(file).length;
    res.end(cache.get(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

const site = await serve(DIST);
const bare = await serve(BARE);
const naive = await serve(NAIVE);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const CASES = {
  paired: { url: site.url, ready: async (page) => {
    await page.locator('svg.paired-map .label').first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } },
  geo: { url: `${site.url}#view=geo`, ready: (page) => page.locator(".geo-view[data-ready][data-renderer='webgl']").waitFor({ state: 'attached', timeout: 180_000 }) },
  bare: { url: bare.url, ready: (page) => page.locator('#map[data-ready]').waitFor({ state: 'attached', timeout: 120_000 }) },
  naive: { url: naive.url, ready: (page) => page.locator('#map[data-ready]').waitFor({ state: 'attached', timeout: 180_000 }) },
};
const ONLY = arg('cases', Object.keys(CASES).join(',')).split(',');

async function once(name, rate) {
  // The service worker precaches the whole site once the page has loaded; that download is not
  // what the view needs to appear, so it is blocked here and its size is printed apart (below).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  served = 0;
  await page.goto(CASES[name].url, { waitUntil: 'commit' });
  await CASES[name].ready(page);
  const ms = await page.evaluate(() => performance.now());
  const kb = served / 1024;
  await context.close();
  return { ms, kb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const rate of RATES) {
  for (const name of ONLY) {
    const runs = [];
    // Interleaved would be fairer against machine noise, but a cold run per case is what a visitor sees.
    for (let i = 0; i < RUNS; i++) runs.push(await once(name, rate));
    results[`${name}@${rate}`] = { ms: median(runs.map((r) => r.ms)), kb: median(runs.map((r) => r.kb)), all: runs.map((r) => Math.round(r.ms)) };
    process.stderr.write(`${name} @${rate}×: ${runs.map((r) => Math.round(r.ms)).join(', ')} ms\n`);
  }
}
await browser.close();
site.server.close();
bare.server.close();
naive.server.close();

const rows = [];
for (const rate of RATES) {
  const b = results[`bare@${rate}`];
  const n = results[`naive@${rate}`];
  const ratio = (x, base, digits) => (base ? `${(x / base).toFixed(digits)}×` : '–');
  for (const name of ONLY) {
    const r = results[`${name}@${rate}`];
    rows.push(`| ${name} | ${rate}× | ${r.kb.toFixed(1)} KB | ${ratio(r.kb, b?.kb, 1)} | ${Math.round(r.ms)} ms | ${ratio(r.ms, b?.ms, 1)} | ${ratio(r.ms, n?.ms, 2)} |`);
  }
}
console.log(`\nmedian of ${RUNS} cold loads, headless Chromium (SwiftShader), 1280×800, gzip\n`);
console.log('| page | CPU | transferred | bytes vs bare | time to ready | vs bare | vs naive |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));

// What the service worker downloads after a first visit, for offline use (gzip, as served).
const sw = join(DIST, 'sw.js');
if (existsSync(sw)) {
  const files = [...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  console.log(`\nservice-worker precache after the first visit: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzip (not in the figures above)`);
}
