// The web build's page carries the documents' citation fields but not their notice titles, notes
// and file names (config/strip-document-details.ts): only the data downloads show those, and the
// web build serves them as static files, which keep them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripDocumentDetails } from '../../config/strip-document-details';

const DIST = resolve(import.meta.dirname, '../../dist');
/** A notice title, a note and a file name from src/content/documents.ts: shown nowhere in the page. */
const DETAILS = ['国家发展改革委关于印发天津市与长春市对口合作实施方案的通知', '转载页，繁体字；原载北方网。', 'ndrc-2018-437-tianjin-changchun-plan.txt'];

describe('strip-document-details', () => {
  it('removes notice, note and file, and keeps what a citation needs', () => {
    const code = [
      'export const documents = [',
      "  { id: 'a', title: { zh: '甲', en: 'A' }, notice: { zh: '通知', en: 'Notice' }, number: '1号', note: { zh: '注', en: 'Note' }, file: 'a.txt', url: 'https://x' },",
      "  { id: 'b', title: { zh: '乙', en: 'B' }, file: 'b.txt' },",
      '];',
    ].join('\n');
    const out = stripDocumentDetails(code);
    for (const w of ['通知', 'Notice', '注', 'a.txt', 'b.txt']) expect(out).not.toContain(w);
    for (const w of ["id: 'a'", "number: '1号'", "url: 'https://x'", "title: { zh: '乙', en: 'B' }"]) expect(out).toContain(w);
    // Still a module that evaluates to the same records, less the three keys.
    const records = new Function(`${out.replace('export const documents =', 'return')}`)() as Record<string, unknown>[];
    expect(records.map((r) => Object.keys(r))).toEqual([['id', 'title', 'number', 'url'], ['id', 'title']]);
  });

  it.skipIf(!existsSync(resolve(DIST, 'assets')))('the built page has none of them; the data files keep them', () => {
    const js = readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(resolve(DIST, 'assets', f), 'utf8')).join('\n');
    for (const w of DETAILS) expect(js.includes(w), `the page bundle holds "${w}"`).toBe(false);
    const csv = readFileSync(resolve(DIST, 'data/documents.csv'), 'utf8');
    for (const w of DETAILS) expect(csv).toContain(w);
  });
});
