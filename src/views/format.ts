// Small text helpers shared by the panel views.
import type { Content } from '../content/index';
import type { Document, SourceRef, Text } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import type { Party } from '../model/types';

export function tx(text: Text, lang: Lang): string {
  return text[lang];
}

/** The parties of one side of a pairing: `南开区、滨海新区中心商务区` / `Nankai District, Binhai CBD`. */
export function partyNames(parties: Party[], lang: Lang, enSeparator = ', '): string {
  return parties.map((p) => p.name[lang]).join(lang === 'zh' ? '、' : enSeparator);
}

/** A document's date as a citation gives it: issued (印发), and published where that differs. */
export function docDates(doc: Document, lang: Lang): string {
  const t = STRINGS[lang];
  const parts = [
    doc.issued ? t.docIssued(t.dateFmt(doc.issued)) : null,
    doc.published && doc.published !== doc.issued ? (doc.kind === 'plan' || doc.kind === 'workplan' ? t.docPublished(t.dateFmt(doc.published)) : t.dateFmt(doc.published)) : null,
  ].filter((x): x is string => Boolean(x));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** Short citation: `实施方案 §三(四)15` — the full title is in the sources list. */
export function shortSource(content: Content, s: SourceRef, lang: Lang): string {
  const doc = content.documents.find((d) => d.id === s.doc);
  if (doc?.kind === 'news') return `${STRINGS[lang].newsReport} · ${doc.issuer[lang]}`;
  const name = doc ? (doc.number ?? doc.issuer[lang]) : s.doc;
  return `${name} ${s.section}`;
}

/**
 * Full citation: title, number (the notice's), issuer, dates and section; a news report says so and
 * gives its publisher, date and address. The notice's own title is in the documents table and
 * docs/data-and-sources.md: repeated for every cited section it would bury the panel's list.
 */
export function fullSource(content: Content, s: SourceRef, lang: Lang): { title: string; detail: string; url?: string } {
  const doc = content.documents.find((d) => d.id === s.doc);
  if (!doc) return { title: s.doc, detail: s.section };
  const t = STRINGS[lang];
  const title = lang === 'zh' ? `《${doc.title.zh}》` : doc.title.en;
  const detail = doc.kind === 'news'
    ? [t.newsReport, doc.issuer[lang], docDates(doc, lang) || t.undated].join(lang === 'zh' ? '，' : ', ')
    : [doc.number, doc.issuer[lang], docDates(doc, lang), s.section].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  return { title, detail, ...(doc.url ? { url: doc.url } : {}) };
}

/** Every distinct source, in first-seen order. */
export function uniqueSources<T extends SourceRef>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const s of list) seen.set(`${s.doc} ${s.section}`, seen.get(`${s.doc} ${s.section}`) ?? s);
  return [...seen.values()];
}
