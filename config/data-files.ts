// Writes the data downloads (one CSV per table, one JSON) into dist/data/ at build time, so
// journalists can link to them directly, and serves the same files under /data/ in dev. The
// serializer is the page's own (src/export/data-files.ts, pure), loaded through Vite's module
// runner like the content check.
import { runnerImport, type Plugin } from 'vite';

async function buildFiles() {
  const [{ module: files }, { module: c }] = await Promise.all([
    runnerImport<typeof import('../src/export/data-files')>('./src/export/data-files.ts'),
    runnerImport<typeof import('../src/content/index')>('./src/content/index.ts'),
  ]);
  return { dir: files.DATA_DIR, files: files.dataFiles(c.content) };
}

export function dataFilesPlugin(): Plugin {
  return {
    name: 'data-files',
    async generateBundle() {
      const { dir, files } = await buildFiles();
      for (const file of files) this.emitFile({ type: 'asset', fileName: `${dir}/${file.name}`, source: file.text });
    },
    configureServer(server) {
      // Built per request, so an edit to the content shows up on the next download.
      server.middlewares.use(async (req, res, next) => {
        const match = /^\/data\/([a-z-]+\.(?:csv|json))(?:\?|$)/.exec(req.url ?? '');
        if (!match) return next();
        const file = (await buildFiles()).files.find((f) => f.name === match[1]);
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.text);
      });
    },
  };
}
