// The panel's results and news reports, and the code that writes them: loaded together after the
// first paint (src/views/outcomes.ts), when the panel first shows a part that holds them. Nothing
// of it is in the first paint: the first `toLocaleString` alone (ICU's number data) took 75 ms of
// the main thread at 1× CPU; figure-format.ts writes the numbers without it.
import { outcomes, type Outcomes } from '../content/outcomes';
import type { Result } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import { h } from './dom';
import { formatFigure } from './figure-format';

/** A source line, as the panel writes it (its `cite`). */
type Cite = (sources: Result['sources'], lang: Lang) => HTMLElement;

function resultItem(r: Result, lang: Lang, cite: Cite): HTMLElement {
  const t = STRINGS[lang];
  return h(
    'li',
    { class: 'result', 'data-result': r.id },
    // An undated event shows when it was reported, never the report's date as its own.
    r.date ? h('time', { datetime: r.date }, t.dateFmt(r.date)) : h('span', { class: 'reported' }, t.reportedOn(t.dateFmt(r.reported))),
    ' ',
    h('strong', {}, r.title[lang]),
    r.figures.length ? h('ul', { class: 'figures' }, r.figures.map((f) => h('li', {}, h('b', {}, formatFigure(f, lang)), ' ', f.label[lang]))) : null,
    h('p', {}, r.text[lang]),
    cite(r.sources, lang),
  );
}

/** Later news reports about this pairing: labelled as news reports, never as the plan. */
function newsSection(items: Outcomes['news'], lang: Lang, cite: Cite): HTMLElement | null {
  const t = STRINGS[lang];
  if (!items.length) return null;
  return h('section', { class: 'news' },
    h('h3', {}, t.newsHeading),
    h('p', { class: 'news-note' }, t.newsNote),
    h('ul', {}, items.map((n) => h('li', { class: 'news-item', 'data-news': n.id },
      n.date ? h('time', { datetime: n.date }, t.dateFmt(n.date)) : h('span', { class: 'reported' }, t.undated),
      ' ',
      h('strong', {}, n.title[lang]),
      h('p', {}, n.text[lang], ' ', cite(n.sources, lang)),
    ))),
  );
}

export interface PanelOutcomes extends Outcomes {
  resultItem: typeof resultItem;
  newsSection: typeof newsSection;
}

export const panelOutcomes: PanelOutcomes = { ...outcomes, resultItem, newsSection };
