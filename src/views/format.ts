// Small text helpers shared by the panel views.
import type { Content } from '../content/index';
import type { Figure, Source, Text } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import type { Party } from '../model/types';

export function tx(text: Text, lang: Lang): string {
  return text[lang];
}

/** The parties of one side of a pairing: `南开区、滨海新区中心商务区` / `Nankai District, Binhai CBD`. */
export function partyNames(parties: Party[], lang: Lang, enSeparator = ', '): string {
  return parties.map((p) => p.name[lang]).join(lang === 'zh' ? '、' : enSeparator);
}

/** `200余次` / `200+ activities`, `90%以上` / `90% or more`: hedged exactly as the source hedges it. */
export function formatFigure(f: Figure, lang: Lang): string {
  const n = f.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const unit = f.unit[lang];
  const glue = lang === 'en' && !unit.startsWith('%') ? ' ' : '';
  if (f.qualifier === 'at-least') return lang === 'zh' ? `${n}${unit}以上` : `${n}${glue}${unit} or more`;
  const more = f.qualifier === 'more-than' ? STRINGS[lang].figureMore : '';
  return `${n}${more}${glue}${unit}`;
}

/** Short citation: `实施方案 §三(四)15` — the full title is in the sources list. */
export function shortSource(content: Content, s: Source, lang: Lang): string {
  const doc = content.documents.find((d) => d.id === s.doc);
  const name = doc ? (doc.number ?? doc.issuer[lang]) : s.doc;
  return `${name} ${s.section}`;
}

/** Full citation: title, number, date and section. */
export function fullSource(content: Content, s: Source, lang: Lang): { title: string; detail: string } {
  const doc = content.documents.find((d) => d.id === s.doc);
  if (!doc) return { title: s.doc, detail: s.section };
  const title = lang === 'zh' ? `《${doc.title.zh}》` : doc.title.en;
  const detail = [doc.number, doc.issuer[lang], STRINGS[lang].dateFmt(doc.date), s.section].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  return { title, detail };
}

/** Every distinct source, in first-seen order. */
export function uniqueSources(lists: Source[][]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) seen.set(`${s.doc} ${s.section}`, seen.get(`${s.doc} ${s.section}`) ?? s);
  return [...seen.values()];
}
