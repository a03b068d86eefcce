// What the bench (load.mjs) and the profile (profile.mjs) share: a static server that gzips like a
// real host (so the bytes counted are what a visitor downloads) and Debian's Chromium with
// SwiftShader WebGL2 (docs: /work/shared/reference/stack-notes.md).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

/** Serves `dir`; `served.bytes` counts gzip bodies (MapLibre's worker's requests included, which DevTools' page events miss). */
export function serve(dir) {
  const cache = new Map();
  const counter = { bytes: 0 };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 6 }));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    counter.bytes += cache.get(file).length;
    res.end(cache.get(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, served: counter, url: `http://127.0.0.1:${server.address().port}/` })));
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

/** The machine's load average (1, 5, 15 min), printed beside every figure: times on a busy machine are not comparable. */
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
