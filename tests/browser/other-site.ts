// Another site on loopback (a news article that embeds the map), served by a test itself.
// A real server, not a Playwright fulfil: Chromium lets only loopback pages load from loopback.
import { createServer } from 'node:http';

export interface OtherSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) on a free port of 127.0.0.1, a different origin from the map's. */
export async function serveOtherSite(pages: Record<string, string>): Promise<OtherSite> {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
