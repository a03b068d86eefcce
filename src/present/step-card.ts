// The caption of one tour step: few words, large type, every fact with its source.
// Read across a room, so it shows only the essentials; the full panel is one Esc away.
import type { SourceRef } from '../content/schema';
import type { Model } from '../model/build-model';
import type { Party } from '../model/types';
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import { PRESENT_STRINGS } from '../i18n/present';
import { reason, withTimeout } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';
import { h } from '../views/dom';
import { docDates, partyNames, shortSource, uniqueSources } from '../views/format';
import { formatFigure } from '../views/figure-format';
import type { ViewDefinition } from '../views/view-registry';
import { tourEvents, type TourStep } from './tour';
// The cards load after the first paint, so they may bring the results and news with them.
import { outcomes } from '../content/outcomes';
import { resultsOf } from '../model/outcomes';

const plan = (section: string): SourceRef => ({ doc: 'plan2018', section });

/** @param view the view the card is shown over: its reading line, and whether it draws the pairings. */
export function renderStepCard(step: TourStep, model: Model, lang: Lang, view: Pick<ViewDefinition, 'reading' | 'showsPairings'>): HTMLElement[] {
  const t = STRINGS[lang];
  const p = PRESENT_STRINGS[lang];
  const { content } = model;
  const names = (parties: Party[]) => partyNames(parties, lang);
  /** One line per step: each document once, with its sections (`437号 §三(四)15、§三(一)1`). */
  const cite = (sources: SourceRef[]) => {
    const byDoc = new Map<string, string[]>();
    for (const s of uniqueSources([sources])) {
      const doc = shortSource(content, { doc: s.doc, section: '' }, lang).trim();
      byDoc.set(doc, [...(byDoc.get(doc) ?? []), s.section]);
    }
    const line = [...byDoc].map(([doc, sections]) => `${doc} ${sections.join(lang === 'zh' ? '、' : ', ')}`).join(lang === 'zh' ? '；' : '; ');
    return h('p', { class: 'present-cite' }, line);
  };
  const eyebrow = (text: string) => h('p', { class: 'present-eyebrow' }, text);
  const reading = h('p', { class: 'present-read' }, view.reading[lang]);
  /** A pairing or project shown over a view that does not draw them: the card says where they are. */
  const readingIfNotDrawn = view.showsPairings ? null : reading;

  switch (step.kind) {
    case 'overview': {
      const cc = new Set(model.topPairs.flatMap((x) => x.changchun.map((y) => y.id))).size;
      const tj = new Set(model.topPairs.flatMap((x) => x.tianjin.map((y) => y.id))).size;
      return [
        eyebrow(p.stepOverview),
        h('h2', { class: 'present-title' }, p.overviewTitle),
        h('p', {}, p.overviewText),
        h('p', { class: 'present-count' }, p.overviewCount(cc, tj)),
        reading,
        cite([{ doc: 'workplan2017', section: '§二' }, plan('§三(四)15'), plan('§四')]),
      ];
    }
    case 'pair': {
      const pair = step.pair;
      const focus = pair.focus.filter((f) => f.basis === 'stated' && f.task !== 15);
      const projects = pair.projects.filter((l) => l.basis === 'stated');
      const results = resultsOf(outcomes, pair);
      const parts: (HTMLElement | null)[] = [
        eyebrow(p.stepPair(step.number, step.of)),
        h(
          'h2',
          { class: 'present-title present-pair' },
          h('span', { class: 'side side-changchun' }, names(pair.changchun)),
          h('span', { class: 'arrow', 'aria-label': lang === 'zh' ? '与' : 'with' }, ' ⟷ '),
          h('span', { class: 'side side-tianjin' }, names(pair.tianjin)),
        ),
        readingIfNotDrawn,
        pair.children.length
          ? h('p', { class: 'present-sub' }, `${p.withinIt}: `, pair.children.map((id) => {
              const child = model.pairById.get(id)!;
              return `${names(child.changchun)} ⟷ ${names(child.tianjin)}`;
            }).join('; '))
          : null,
        h('p', { class: 'present-summary' }, pair.pairing.summary[lang]),
        focus.length ? h('p', { class: 'present-chips' }, h('strong', {}, `${p.focusStated}: `), focus.map((f) => f.area.label[lang]).join(lang === 'zh' ? '、' : ' · ')) : null,
        projects.length ? h('p', { class: 'present-chips' }, h('strong', {}, `${p.projectsLinked}: `), projects.map((l) => l.project.name[lang]).join(lang === 'zh' ? '、' : ' · ')) : null,
        results.length ? h('p', { class: 'present-chips' }, h('strong', {}, `${p.resultsLinked}: `), results.map((r) => r.title[lang]).join(lang === 'zh' ? '；' : '; ')) : null,
        cite([...pair.pairing.sources, ...focus.flatMap((f) => f.sources), ...projects.flatMap((l) => l.sources), ...results.flatMap((r) => r.sources)]),
      ];
      return parts.filter((x) => x !== null);
    }
    case 'project': {
      const pr = step.project;
      const zoneName = (id: string) => model.parties.get(id)?.short[lang] ?? id;
      return [
        eyebrow(p.stepProject),
        h('h2', { class: 'present-title' }, pr.name[lang]),
        ...(readingIfNotDrawn ? [readingIfNotDrawn] : []),
        h('p', { class: 'present-summary' }, pr.summary[lang]),
        h('ul', { class: 'present-parts' }, pr.parts.map((part) => h('li', {}, part.name[lang], h('span', { class: 'present-where' }, ` · ${zoneName(part.zone)}`)))),
        cite([...pr.sources, ...pr.parts.flatMap((x) => x.sources)]),
      ];
    }
    case 'results': {
      // The totals are figures in large type; the other headline results are one line each.
      const headline = outcomes.results.filter((r) => r.headline);
      const figures = headline.filter((r) => r.figures.length > 1).flatMap((r) => r.figures);
      const stories = headline.filter((r) => r.figures.length <= 1);
      return [
        eyebrow(p.stepResults),
        h('h2', { class: 'present-title' }, p.resultsTitle),
        h('ul', { class: 'present-figures' }, figures.map((f) => h('li', {}, h('b', {}, formatFigure(f, lang)), h('span', {}, f.label[lang])))),
        h('ul', { class: 'present-stories' }, stories.map((r) => h('li', {}, r.text[lang]))),
        cite(headline.flatMap((r) => r.sources)),
      ];
    }
    case 'timeline': {
      // The events come with the timeline's content, a lazy chunk (it stays out of the first
      // paint): the list fills in as soon as it arrives. One line per event; targets marked.
      const date = (d: string, end?: string) => (end ? `${t.dateFmt(d)}–${t.dateFmt(end)}` : t.dateFmt(d));
      const list = h('ol', { class: 'present-timeline', 'aria-busy': 'true' });
      const cited = h('p', { class: 'present-cite' });
      withTimeout(import('../content/national/timeline'), 'timeline.js')
        .then(({ timeline }) => {
          const events = tourEvents(timeline);
          list.replaceChildren(...events.map((e) =>
            h('li', { 'data-event': e.id, class: `is-${e.kind}` }, h('time', { datetime: e.date }, date(e.date, e.end)), h('span', {}, e.title[lang])),
          ));
          list.removeAttribute('aria-busy');
          cited.textContent = cite(events.flatMap((e) => e.sources)).textContent;
        })
        .catch((error: unknown) => {
          // Not an empty card: the step says its list could not be loaded.
          console.error(error);
          list.removeAttribute('aria-busy');
          list.replaceChildren(h('li', { class: 'load-failure-line', 'data-failed': 'timeline' }, LOAD_STRINGS[lang].timelineFailed(reason(error))));
        });
      return [eyebrow(p.stepTimeline), h('h2', { class: 'present-title' }, p.timelineTitle), list, cited];
    }
    case 'sources': {
      // The documents the tour cites; the later news reports are listed in the panels and docs/sources.md.
      const cited = content.documents.filter((d) => d.id !== 'plan2018hg' && d.kind !== 'news');
      return [
        eyebrow(p.stepSources),
        h('h2', { class: 'present-title' }, p.sourcesTitle),
        h('ul', { class: 'present-docs' }, cited.map((d) =>
          h('li', { 'data-doc': d.id }, lang === 'zh' ? `《${d.title.zh}》` : d.title.en, h('span', { class: 'present-where' }, ` · ${[d.number, d.issuer[lang], docDates(d, lang)].filter(Boolean).join(lang === 'zh' ? '，' : ', ')}`)),
        )),
        h('p', {}, p.sourcesText),
      ];
    }
  }
}
