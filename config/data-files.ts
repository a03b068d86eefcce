// Writes the data downloads (one CSV per table, one JSON) into dist/data/ at build time, so
// journalists can link to them directly. The serializer is the page's own (src/export/data-files.ts,
// pure), loaded through Vite's module runner like the content check.
import { runnerImport, type Plugin } from 'vite';

export function dataFilesPlugin(): Plugin {
  return {
    name: 'data-files',
    apply: 'build',
    async generateBundle() {
      const [{ module: files }, { module: c }] = await Promise.all([
        runnerImport<typeof import('../src/export/data-files')>('./src/export/data-files.ts'),
        runnerImport<typeof import('../src/content/index')>('./src/content/index.ts'),
      ]);
      for (const file of files.dataFiles(c.content)) {
        this.emitFile({ type: 'asset', fileName: `${files.DATA_DIR}/${file.name}`, source: file.text });
      }
    },
  };
}
