// The source documents split into sections by their own headings, for the tests that check
// citations: `一、` (top level), `（一）` or `(一)` (second level), `15.` (numbered item), and the
// parts before §一: §通知 (a plan's cover notice, before 附件), §题头 (a page's header lines),
// §导语 (a news report's lead). A section's text runs to the next heading of the same or a higher
// level, so §三 contains §三(四)15. For a notice with an attachment (附件), the numbered sections
// are the attachment's: the notice's own 一、二、三、 are not the plan's sections.
//
// Where the text comes from: ../shared/sources when this clone sits in the team's tree (the
// documents themselves), else the copies in tests/fixtures/shared/sources (shared-copies.test.ts
// keeps them equal). The later news reports (媒体报道) have one section, §全文: the passages we
// read, kept in tests/fixtures/reports/<id>.txt.
import { existsSync, readFileSync } from 'node:fs';
import { documents } from '../src/content/documents';
import type { DocId } from '../src/content/schema';

const SHARED = new URL('../../shared/sources/', import.meta.url);
const COPIES = new URL('./fixtures/shared/sources/', import.meta.url);
const REPORTS = new URL('./fixtures/reports/', import.meta.url);

/** The directory the four documents are read from. */
export const SOURCES_DIR = existsSync(new URL('README.md', SHARED)) ? SHARED : COPIES;

/** Whitespace is not part of the words (the transcriptions break lines and put spaces mid-phrase). */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export function documentText(doc: DocId, dir: URL = SOURCES_DIR): string {
  const d = documents.find((x) => x.id === doc);
  if (!d) throw new Error(`no document ${doc}`);
  return readFileSync(new URL(d.file, d.kind === 'news' ? REPORTS : dir), 'utf8');
}

/** Section id → its text (the heading line and everything up to the next heading of its level or above). */
export function sectionsOf(text: string, kind: 'document' | 'news' = 'document'): Map<string, string> {
  const out = new Map<string, string>();
  if (kind === 'news') {
    out.set('§全文', text);
    return out;
  }
  const lines = text.split('\n');
  const attachment = lines.findIndex((l) => l.trim() === '附件');
  const start = attachment >= 0 ? attachment : 0;
  const open: { id: string; level: number; from: number }[] = [];
  const close = (level: number, at: number) => {
    while (open.length && open[open.length - 1]!.level >= level) {
      const s = open.pop()!;
      out.set(s.id, lines.slice(s.from, at).join('\n'));
    }
  };
  let top: string | null = null;
  let sub: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trim();
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^([一二三四五六七八九十]+)、/))) {
      close(1, i);
      top = m[1]!;
      sub = null;
      open.push({ id: `§${top}`, level: 1, from: i });
    } else if (top && (m = line.match(/^[（(]([一二三四五六七八九十]+)[）)]/))) {
      close(2, i);
      sub = m[1]!;
      open.push({ id: `§${top}(${sub})`, level: 2, from: i });
    } else if (top && (m = line.match(/^(\d+)[.．]/))) {
      close(3, i);
      open.push({ id: sub ? `§${top}(${sub})${m[1]}` : `§${top}${m[1]}`, level: 3, from: i });
    }
  }
  close(0, lines.length);
  const firstTop = lines.findIndex((l, i) => i >= start && /^\s*一、/.test(l));
  // §通知: a cover notice, signed and dated before the attachment.
  if (attachment >= 0 && /\d{4}年\d{1,2}月\d{1,2}日/.test(lines.slice(0, attachment).join('\n'))) out.set('§通知', lines.slice(0, attachment).join('\n'));
  // §题头: the first lines with a publication time stamp.
  const head = lines.slice(0, 3).join('\n');
  if (/时间[:：]\s*\d{4}-\d{2}-\d{2}/.test(head)) out.set('§题头', head);
  // §导语: a news report's lead, before its first section.
  const lead = lines.slice(0, firstTop >= 0 ? firstTop : lines.length).join('\n');
  if (/\d+月\d+日讯/.test(lead)) out.set('§导语', lead);
  return out;
}

const cache = new Map<DocId, Map<string, string>>();
export function sectionsOfDoc(doc: DocId): Map<string, string> {
  if (!cache.has(doc)) {
    const d = documents.find((x) => x.id === doc)!;
    cache.set(doc, sectionsOf(documentText(doc), d.kind === 'news' ? 'news' : 'document'));
  }
  return cache.get(doc)!;
}
