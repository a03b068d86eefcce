// Every citation carries `evidence`, the few key words of its claim, and the cited section of the
// cited document contains each of them (tests/source-sections.ts splits the documents by their
// headings). A 'stated' link rests on words of a document; a 'related' link says it is our
// inference. The last block moves one citation to a wrong section and shows the check failing.
import { describe, expect, it } from 'vitest';
import { content, type Content } from '../../src/content/index';
import { nationalContent, type NationalContent } from '../../src/content/national/index';
import { NATIONAL_FILES } from '../../src/content/national/validate';
import { CONTENT_FILES, validateContent } from '../../src/content/validate';
import type { Source } from '../../src/content/schema';
import { sectionsOfDoc, squash } from '../source-sections';

interface Citation {
  where: string;
  source: Source;
}

/** Every source object in the content, named `file: record "id": field "path"`. */
function citations(c: Content, n: NationalContent): Citation[] {
  const out: Citation[] = [];
  const walk = (v: unknown, file: string, record: string, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, file, record, path ? `${path}.${i}` : String(i)));
    else if (v && typeof v === 'object') {
      if ('doc' in v && 'section' in v) out.push({ where: `${file}: record "${record}": field "${path}"`, source: v as Source });
      else for (const [k, x] of Object.entries(v)) walk(x, file, record, path ? `${path}.${k}` : k);
    }
  };
  const each = (lists: Record<string, unknown[]>, files: Record<string, string>) => {
    for (const [key, list] of Object.entries(lists)) {
      if (key === 'documents') continue;
      list.forEach((rec, i) => {
        const id = (rec as { id?: unknown }).id;
        walk(rec, files[key]!, id === undefined ? `#${i}` : String(id), '');
      });
    }
  };
  each(c as unknown as Record<string, unknown[]>, CONTENT_FILES);
  each(n as unknown as Record<string, unknown[]>, NATIONAL_FILES);
  return out;
}

/** One message per citation whose section is missing or lacks one of its key words. */
function evidenceProblems(list: Citation[]): string[] {
  const problems: string[] = [];
  for (const { where, source } of list) {
    const text = sectionsOfDoc(source.doc).get(source.section);
    if (text === undefined) {
      problems.push(`${where}: ${source.doc} has no section ${source.section}`);
      continue;
    }
    const body = squash(text);
    const missing = (source.evidence ?? []).filter((w) => !body.includes(squash(w)));
    if (!source.evidence?.length) problems.push(`${where}: ${source.doc} ${source.section} has no evidence`);
    else if (missing.length) problems.push(`${where}: ${source.doc} ${source.section} does not contain ${missing.map((w) => `“${w}”`).join(', ')}`);
  }
  return problems;
}

const all = citations(content, nationalContent);

describe('evidence on every citation', () => {
  it('covers 100 % of citations (every one has key words)', () => {
    const without = all.filter((c) => !c.source.evidence?.length).map((c) => c.where);
    expect(without).toEqual([]);
    // units, zones, tasks, pairings and their links, projects, results, news, national records, timeline
    expect(all.length).toBeGreaterThan(200);
  });

  it('finds every key word in the cited section of the cited document', () => {
    expect(evidenceProblems(all)).toEqual([]);
  });

  it('a stated link cites words of a document; a related link reads as our inference', () => {
    const bad: string[] = [];
    const links = [
      ...content.pairings.flatMap((p) => p.focus.map((f) => ({ where: `pairing ${p.id} → task ${f.task}`, ...f }))),
      ...content.projects.flatMap((pr) => pr.pairs.map((l) => ({ where: `project ${pr.id} → ${l.pair}`, ...l }))),
    ];
    for (const l of links) {
      if (l.basis === 'stated') {
        // Stated by the plan or the progress report, not by a later news report alone.
        if (!l.sources.some((s) => ['plan2018', 'progress2018'].includes(s.doc) && s.evidence.length)) bad.push(`${l.where}: stated, but no plan or report words`);
      } else {
        if (!/仅为主题关联|本图的(推断|归类|判断)/.test(l.note.zh)) bad.push(`${l.where}: related, zh note does not say it is our inference`);
        if (!/Thematic only|[Oo]ur (inference|classification)/.test(l.note.en)) bad.push(`${l.where}: related, en note does not say it is our inference`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the evidence check can fail', () => {
  it('names the record when a citation is moved to a wrong section', () => {
    // Fixture: the 津门风情街 result cited to §一(一) (the 2016 visits) instead of §三.
    const broken = structuredClone(content);
    const r = broken.results.find((x) => x.id === 'jinmen-street')!;
    r.sources[0]!.section = '§一(一)';
    expect(validateContent(broken)).toEqual([]); // still well-formed: only the evidence check sees it
    const problems = evidenceProblems(citations(broken, nationalContent));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/results.ts: record "jinmen-street": field "sources.0"');
    expect(problems[0]).toContain('“津门风情街”');
  });

  it('names the record when a key word is not what the section says', () => {
    // Fixture: task 5 with the political slogan the audit found (共享发展理念), not the plan's words.
    const broken = structuredClone(content);
    broken.focusAreas.find((t) => t.id === 5)!.sources[0]!.evidence = ['共享发展理念'];
    const problems = evidenceProblems(citations(broken, nationalContent));
    expect(problems).toEqual([expect.stringContaining('src/content/focus-areas.ts: record "5": field "sources.0"')]);
  });

  it('a news report is a section of its own: a key word from another report fails', () => {
    const broken = structuredClone(nationalContent);
    const e = broken.timeline.find((x) => x.id === 'news-meeting-2020-10')!;
    e.sources[0]!.doc = 'news-2019-05-tianjin-delegation';
    const problems = evidenceProblems(citations(content, broken));
    expect(problems).toEqual([expect.stringContaining('src/content/national/timeline.ts: record "news-meeting-2020-10"')]);
  });
});
