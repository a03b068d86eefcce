// A static server for the production build (dist/) that breaks what a test tells it to, per path:
// a status code, a truncated, replaced or wrong-shaped body, a delay, a body trickled out slowly,
// a dropped socket. Loopback only. Used by the fault-injection tests (faults.test.ts, update.test.ts):
// the site must say what failed, and keep what did not, whatever the network or a host does.
// A real server rather than Playwright's page.route: service-worker requests and module workers
// go through it too, and a "deploy" can swap the served directory under an open page.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { cspString } from '../../config/csp';

export const DIST = resolve(import.meta.dirname, '../../dist');

export interface Fault {
  /** Answer with this status (the body is a short text, unless `body` says otherwise). */
  status?: number;
  /** Replace the body (a wrong-shaped JSON, an HTML error page served with 200 …). */
  body?: string;
  /** Send only the first n bytes of the real body, then end the response (a cut connection). */
  truncate?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send the body in pieces of `bytes`, one every `everyMs` (a slow network). */
  trickle?: { bytes: number; everyMs: number };
  /** Destroy the socket without an answer (the network dropped). */
  drop?: boolean;
  /** Extra or replaced response headers. */
  headers?: Record<string, string>;
}

export interface FaultRule {
  /** A regular expression tested against the path (`/assets/index-abc.js`), or an exact path. */
  path: RegExp | string;
  fault: Fault;
  /** Only the first n matching requests get the fault (a retry then works). */
  times?: number;
}

export interface FaultServer {
  origin: string;
  /** An absolute URL of the site (path relative to its root, hash included). */
  url(path?: string): string;
  setFaults(rules: FaultRule[]): void;
  /** Serve another build from now on (a deploy). */
  setRoot(dir: string): void;
  /** Headers on every response (CORS, framing …). */
  setHeaders(headers: Record<string, string>): void;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function matches(rule: FaultRule, path: string): boolean {
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

/** The file of a request path inside `root`, or null (never outside it). */
function fileFor(root: string, path: string): string | null {
  const rel = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  const file = join(root, rel === '' ? 'index.html' : rel);
  if (!file.startsWith(root)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export async function serveFaulty(options: { root?: string; faults?: FaultRule[]; headers?: Record<string, string> } = {}): Promise<FaultServer> {
  let root = options.root ?? DIST;
  let rules: { rule: FaultRule; left: number }[] = [];
  let headers = options.headers ?? {};
  const requests: string[] = [];
  const setFaults = (next: FaultRule[]) => (rules = next.map((rule) => ({ rule, left: rule.times ?? Infinity })));
  setFaults(options.faults ?? []);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const hit = rules.find((r) => r.left > 0 && matches(r.rule, path));
    if (hit) hit.left -= 1;
    const fault: Fault = hit?.rule.fault ?? {};
    if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    const file = fileFor(root, path);
    const status = fault.status ?? (file ? 200 : 404);
    let body: Buffer = fault.body !== undefined ? Buffer.from(fault.body) : file && status < 400 ? readFileSync(file) : Buffer.from(`${status}`);
    const type = TYPES[extname(file ?? path)] ?? 'application/octet-stream';
    const head: Record<string, string> = {
      'content-type': type,
      // The policy the site ships in its <meta>, also as a header (as `vite preview` sends it).
      ...(type.startsWith('text/html') ? { 'content-security-policy': cspString() } : {}),
      'cache-control': 'no-cache',
      ...headers,
      ...fault.headers,
    };
    if (fault.truncate !== undefined) {
      // Announce the whole length, send part of it, then cut the connection: what a dropped download looks like.
      res.writeHead(status, { ...head, 'content-length': String(body.length) });
      res.write(body.subarray(0, fault.truncate));
      setTimeout(() => req.socket.destroy(), 50);
      return;
    }
    if (fault.trickle) {
      res.writeHead(status, { ...head, 'content-length': String(body.length) });
      const { bytes, everyMs } = fault.trickle;
      for (let i = 0; i < body.length && !res.destroyed; i += bytes) {
        res.write(body.subarray(i, i + bytes));
        await new Promise((r) => setTimeout(r, everyMs));
      }
      res.end();
      return;
    }
    res.writeHead(status, { ...head, 'content-length': String(body.length) });
    res.end(body);
    body = Buffer.alloc(0);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fault server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path = '') => new URL(path, `${origin}/`).href,
    setFaults,
    setRoot: (dir) => (root = dir),
    setHeaders: (next) => (headers = next),
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
