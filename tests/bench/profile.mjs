#!/usr/bin/env node
// Where a cold load of the geographic view spends its time: a Chrome trace (all processes: the
// page's main thread, MapLibre's workers, the GPU process where SwiftShader runs WebGL) with V8's
// sampling profiler, taken through a CDP session of playwright-core, then summed up.
//   node tests/bench/profile.mjs [--hash '#view=geo'] [--rate 1] [--runs 1] [--dist dist] [--out trace.json] [--naive | --bare]
//     [--ready <css selector>] [--viewport 412x823] [--long 5]
// The national view: `--hash '#view=national' --ready '.national-map[data-labels]' --rate 4 --viewport 412x823`
// (Lighthouse's mobile screen and CPU slowdown).
// The paired view (`--hash ''`): ready is the page shown (html.is-ready, the bench's "complete"), with
// the first chart label and the app's start as marks (bench:label, bench:app); `--bare` the bench's bare d3 page.
// Prints: the phases (network, the app's `geo:*` User Timing marks, ready), busy time per thread,
// main-thread self time by script (MapLibre, deck.gl, our code …) and by function, and the
// largest trace events (script evaluation, compile, layout, paint, GC, GPU tasks).
// Run through the browser lock on a quiet machine: `flock /tmp/browser.lock node tests/bench/profile.mjs`.
import { existsSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serve, launch, loadAverage } from './common.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const HASH = arg('hash', '#view=geo');
const RATE = Number(arg('rate', '1'));
const RUNS = Number(arg('runs', '1'));
const OUT = arg('out', '');
/** Main-thread tasks listed in order from this many ms (`--long 5`: the whole start-up, task by task). */
const LONG = Number(arg('long', '50'));
const NAIVE = process.argv.includes('--naive');
const BARE = process.argv.includes('--bare');
let DIST = resolve(arg('dist', join(ROOT, 'dist')));
for (const [on, name] of [[NAIVE, 'naive'], [BARE, 'bare']]) {
  if (!on) continue;
  DIST = join(ROOT, `tests/artifacts/bench-${name}`);
  await build({ root: join(ROOT, `tests/bench/${name}`), base: './', configFile: false, logLevel: 'error', build: { outDir: DIST, emptyOutDir: true, target: 'es2022' } });
  mkdirSync(join(DIST, 'geo'), { recursive: true });
  copyFileSync(join(ROOT, 'public/geo/cities.topo.json'), join(DIST, 'geo/cities.topo.json'));
}
if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: build first`);
const PAIRED = !NAIVE && !BARE && !/view=(geo|national)/.test(HASH);
const READY = arg('ready', NAIVE || BARE ? '#map[data-ready]' : PAIRED ? 'html.is-ready' : ".geo-view[data-ready][data-renderer='webgl']");
const [VW, VH] = arg('viewport', '1280x800').split('x').map(Number);
/** Marks set by the trace's own observer (besides bench:ready): the paired view's first label and the app's start. */
const MARKS = PAIRED ? [['svg.paired-map .label', 'bench:label'], ['html[data-app]', 'bench:app']] : [];

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
  'gpu',
  'disabled-by-default-v8.cpu_profiler',
  // What the GPU process does for WebGL under SwiftShader (shader translation, draws).
  'gpu.angle',
  'disabled-by-default-gpu.service',
  'viz',
];

const FROM = arg('from', '');
if (FROM) {
  // A trace saved with --out, summed up again (no browser). The page's address is read from it.
  const saved = JSON.parse(readFileSync(FROM, 'utf8'));
  const nav = saved.traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  summarise({ events: saved.traceEvents, readyMs: saved.readyMs }, new URL(nav.args.data.documentLoaderURL).origin + '/');
  process.exit(0);
}
const site = await serve(DIST);
const browser = await launch();

async function traceOnce() {
  const context = await browser.newContext({ viewport: { width: VW, height: VH }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  // The moment the view says it is ready, as a mark in the trace.
  await page.addInitScript(([selector, marks]) => {
    const left = [...marks, [selector, 'bench:ready']];
    new MutationObserver((_, observer) => {
      for (const [sel, name] of [...left]) {
        if (!document.querySelector(sel)) continue;
        performance.mark(name);
        left.splice(left.findIndex(([, n]) => n === name), 1);
      }
      if (!left.length) observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  }, [READY, MARKS]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const tracing = await browser.newBrowserCDPSession();
  const done = new Promise((ok) => tracing.once('Tracing.tracingComplete', ok));
  await tracing.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  await page.goto(site.url + (BARE || NAIVE ? '' : HASH), { waitUntil: 'commit' });
  await page.locator(READY).waitFor({ state: 'attached', timeout: 180_000 });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('bench:ready')[0]?.startTime ?? performance.now());
  await tracing.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await tracing.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await tracing.send('IO.close', { handle: stream });
  await tracing.detach();
  await context.close();
  const parsed = JSON.parse(text);
  return { events: Array.isArray(parsed) ? parsed : parsed.traceEvents, readyMs };
}

/** Which part of the page a script URL is. */
function part(url) {
  if (!url) return '(native / no script)';
  const file = url.split('/').pop().split('?')[0];
  if (/maplibre-gl-worker/.test(file)) return 'MapLibre worker';
  if (/^maplibre/.test(file)) return 'MapLibre';
  if (/^deckgl/.test(file)) return 'deck.gl (+luma.gl)';
  if (/^webgl-view/.test(file)) return 'our WebGL view';
  if (/^index/.test(file) || /naive|bare/.test(file)) return 'our entry chunk';
  if (/^chromium|^extensions|^v8\//.test(url)) return '(browser)';
  return `our lazy chunk ${file.replace(/-[\w-]{8}\.js$/, '')}`;
}

function summarise({ events, readyMs }, origin = site.url) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const processes = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args.name);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
  if (!nav) throw new Error('no navigationStart in the trace');
  const rendererPid = nav.pid;
  const mainTid = nav.tid;
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const readyTs = t0 + readyMs * 1000;
  const inWindow = (e) => e.ts >= t0 && e.ts <= readyTs;

  console.log(`\n## ${HASH} at ${RATE}× CPU: ready at ${readyMs.toFixed(0)} ms (load average ${loadAverage()})\n`);

  // Phases: the network, our marks.
  const finishes = events.filter((e) => e.name === 'ResourceFinish' && inWindow(e) && (e.pid === rendererPid || e.args?.data?.requestId));
  const sends = new Map(events.filter((e) => e.name === 'ResourceSendRequest').map((e) => [e.args.data.requestId, e]));
  const lines = [];
  for (const f of finishes) {
    const s = sends.get(f.args.data.requestId);
    const url = s?.args.data.url ?? '?';
    // Only the page's own requests (headless Chromium's WebUI loads things of its own meanwhile).
    if (!url.startsWith(origin)) continue;
    lines.push([s ? ms(s.ts) : NaN, ms(f.ts), url.split('/').pop()]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  console.log('### requests (start → finish, ms after navigation)');
  for (const [a, b, u] of lines) console.log(`  ${a.toFixed(0).padStart(6)} → ${b.toFixed(0).padStart(6)}  ${u}`);
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && /^(geo|bench|app):/.test(e.name) && e.pid === rendererPid && inWindow(e));
  console.log('\n### marks');
  for (const m of marks) console.log(`  ${ms(m.ts).toFixed(0).padStart(6)}  ${m.name}`);
  for (const name of ['firstPaint', 'firstContentfulPaint']) {
    const e = events.find((x) => x.name === name && x.pid === rendererPid);
    if (e) console.log(`  ${ms(e.ts).toFixed(0).padStart(6)}  ${name}`);
  }

  // Busy time per thread: the union of its tasks' intervals (tasks nest, so nothing is counted twice).
  const intervals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !inWindow(e) || !/RunTask/.test(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!intervals.has(key)) intervals.set(key, []);
    intervals.get(key).push([e.ts, Math.min(readyTs, e.ts + (e.dur ?? 0))]);
  }
  const busy = new Map();
  for (const [key, list] of intervals) {
    list.sort((a, b) => a[0] - b[0]);
    let [total, end] = [0, -Infinity];
    for (const [a, b] of list) {
      if (b <= end) continue;
      total += b - Math.max(a, end);
      end = b;
    }
    busy.set(key, total / 1000);
  }
  console.log('\n### busy time per thread until ready (ms)');
  for (const [key, t] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    const pid = Number(key.split(':')[0]);
    console.log(`  ${t.toFixed(0).padStart(6)}  ${processes.get(pid) ?? pid} / ${threads.get(key) ?? key}${key === `${rendererPid}:${mainTid}` ? '  ← page main thread' : ''}`);
  }

  // The CPU profiles (one per thread with JavaScript): self time by part of the page and by function.
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(`${e.pid}:${e.id}`);
      if (!p) continue;
      const data = e.args.data;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(data.cpuProfile?.samples ?? []));
      p.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  for (const p of profiles.values()) {
    // The page's renderer only (headless Chromium runs a WebUI renderer of its own).
    if (p.pid !== rendererPid) continue;
    const name = threads.get(`${p.pid}:${p.tid}`) ?? `${p.pid}:${p.tid}`;
    const byPart = new Map();
    const byFn = new Map();
    let ts = p.start;
    let total = 0;
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.deltas[i] ?? 0) / 1000;
      ts += p.deltas[i] ?? 0;
      if (ts < t0 || ts > readyTs) continue;
      const node = p.nodes.get(p.samples[i]);
      if (!node) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)') continue;
      total += dt;
      const where = f.url ? part(f.url) : f.functionName.startsWith('(') ? f.functionName : part('');
      byPart.set(where, (byPart.get(where) ?? 0) + dt);
      const fn = `${f.functionName || '(anonymous)'}  ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
    }
    if (total < 20) continue;
    if (p.pid === rendererPid && p.tid === mainTid) printPhases(p, marks, t0, readyTs);
    console.log(`\n### ${p.pid === rendererPid && p.tid === mainTid ? 'page main thread' : name}: ${total.toFixed(0)} ms of samples until ready, self time by part`);
    for (const [k, v] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
    console.log('  top functions (self):');
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, p.pid === rendererPid && p.tid === mainTid ? 30 : 10)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
  }

  // The largest trace events on the main thread and in the GPU process, by name (inclusive times:
  // a FunctionCall holds the compile and GC inside it).
  const totals = (filter) => {
    const t = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || !inWindow(e) || !filter(e)) continue;
      if (['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask'].includes(e.name)) continue;
      const k = e.name;
      const v = t.get(k) ?? { n: 0, ms: 0 };
      v.n++;
      v.ms += (e.dur ?? 0) / 1000;
      t.set(k, v);
    }
    return [...t].sort((a, b) => b[1].ms - a[1].ms);
  };
  console.log('\n### page main thread: trace events by name (inclusive ms, count)');
  for (const [k, v] of totals((e) => e.pid === rendererPid && e.tid === mainTid).slice(0, 25)) console.log(`  ${v.ms.toFixed(0).padStart(6)}  ×${String(v.n).padEnd(5)} ${k}`);
  const gpuPid = [...processes].find(([, n]) => /GPU/i.test(n))?.[0];
  if (gpuPid !== undefined) {
    console.log('\n### GPU process: trace events by name (inclusive ms, count)');
    for (const [k, v] of totals((e) => e.pid === gpuPid).slice(0, 15)) console.log(`  ${v.ms.toFixed(0).padStart(6)}  ×${String(v.n).padEnd(5)} ${k}`);
  }
  // Long tasks on the main thread, in order: what blocks the page, and when.
  console.log(`\n### main-thread tasks over ${LONG} ms (start, duration)`);
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== rendererPid || e.tid !== mainTid || !inWindow(e) || (e.dur ?? 0) < LONG * 1000) continue;
    if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
    const inner = events.filter((x) => x.pid === e.pid && x.tid === e.tid && x.ph === 'X' && x.ts >= e.ts && x.ts < e.ts + e.dur && ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'ParseHTML', 'v8.compileModule', 'Layout', 'Paint'].includes(x.name));
    const what = inner.slice(0, 3).map((x) => `${x.name}${x.args?.data?.url ? ` ${x.args.data.url.split('/').pop()}` : x.args?.data?.functionName ? ` ${x.args.data.functionName}` : x.args?.data?.type ? ` ${x.args.data.type}` : ''}`).join(', ');
    console.log(`  ${ms(e.ts).toFixed(0).padStart(6)}  ${(e.dur / 1000).toFixed(0).padStart(5)} ms  ${what}`);
  }
}

/** The main thread's samples between consecutive marks: which parts ran in each phase. */
function printPhases(p, marks, t0, readyTs) {
  const edges = [{ ts: t0, name: 'navigation' }, ...marks.map((m) => ({ ts: m.ts, name: m.name })).sort((a, b) => a.ts - b.ts)];
  const phases = edges.map((e, i) => ({ from: e, to: edges[i + 1] ?? { ts: readyTs, name: 'ready' }, parts: new Map(), fns: new Map() }));
  let ts = p.start;
  for (let i = 0; i < p.samples.length; i++) {
    ts += p.deltas[i] ?? 0;
    const dt = (p.deltas[i] ?? 0) / 1000;
    const phase = phases.find((x) => ts >= x.from.ts && ts < x.to.ts);
    const f = p.nodes.get(p.samples[i])?.callFrame;
    if (!phase || !f || f.functionName === '(idle)') continue;
    const where = f.url ? part(f.url) : f.functionName.startsWith('(') ? f.functionName : part('');
    phase.parts.set(where, (phase.parts.get(where) ?? 0) + dt);
    const fn = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`;
    phase.fns.set(fn, (phase.fns.get(fn) ?? 0) + dt);
  }
  console.log('\n### page main thread by phase (between marks): busy ms by part, top functions');
  for (const x of phases) {
    const total = [...x.parts.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${((x.from.ts - t0) / 1000).toFixed(0).padStart(6)} → ${((x.to.ts - t0) / 1000).toFixed(0).padStart(6)}  ${x.from.name} → ${x.to.name}: ${total.toFixed(0)} ms busy`);
    const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ');
    if (total >= 5) console.log(`           ${top(x.parts, 5)}\n           ${top(x.fns, 6)}`);
  }
}

for (let i = 0; i < RUNS; i++) {
  const trace = await traceOnce();
  if (OUT) writeFileSync(OUT, JSON.stringify({ traceEvents: trace.events, readyMs: trace.readyMs }));
  summarise(trace);
}
await browser.close();
site.server.close();
