// The national panel: the seven pairings with both partners (overview), or what the documents
// we hold say about one pairing: its coverage, and for Heilongjiang–Guangdong the 18 key tasks.
import type { Content } from '../content/index';
import type { Lang } from '../i18n/strings';
import { h } from '../views/dom';
import { cite, sourcesList } from './cite';
import { PAIRED_VIEW_PAIRING } from '../content/national/ids';
import type { NationalModel, NationalPairingNode, NationalPlaceNode } from './model';
import { NATIONAL_STRINGS } from './strings';

export interface PanelEvents {
  choose(id: string | null): void;
}

const HG = 'heilongjiang-guangdong';

export function createNationalPanel(container: HTMLElement, model: NationalModel, content: Content, events: PanelEvents) {
  const panel = h('aside', { class: 'national-panel', tabindex: '-1' });
  container.append(panel);
  let shown = '';

  const names = (p: NationalPairingNode, lang: Lang) => [
    h('span', { class: 'side side-northeast' }, p.a.name[lang]),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, '⟷'),
    h('span', { class: 'side side-east' }, p.b.name[lang]),
  ];

  function pairingButton(p: NationalPairingNode, lang: Lang): HTMLElement {
    const t = NATIONAL_STRINGS[lang];
    const paired = p.id === PAIRED_VIEW_PAIRING;
    return h(
      'li',
      {},
      h('button', { type: 'button', class: `national-button is-${p.level}`, 'data-national': p.id, onclick: () => events.choose(p.id) }, names(p, lang)),
      paired ? h('span', { class: 'hint' }, t.pairedHint) : null,
    );
  }

  function overview(lang: Lang): HTMLElement[] {
    const t = NATIONAL_STRINGS[lang];
    const note = model.content.notes[0]!;
    const list = (level: 'province' | 'city') => h('ul', { class: 'national-list', 'data-level': level }, model.pairings.filter((p) => p.level === level).map((p) => pairingButton(p, lang)));
    return [
      h('h2', {}, t.heading),
      h('p', { class: 'intro' }, t.intro, ' ', cite([{ doc: 'workplan2017', section: '§二' }], lang)),
      h('h3', {}, t.provinces),
      list('province'),
      h('h3', {}, t.cities),
      list('city'),
      h('section', { class: 'national-note', 'data-note': note.id }, h('h3', {}, note.title[lang]), h('p', {}, note.text[lang], ' ', cite(note.sources, lang))),
      h('p', { class: 'map-note' }, t.mapNote),
      sourcesList(content, [[{ doc: 'workplan2017', section: '§二' }], note.sources], lang),
    ];
  }

  function seatLine(place: NationalPlaceNode, lang: Lang): HTMLElement | null {
    if (!place.seat) return null;
    const [lon, lat] = place.seat.geometry.coordinates as [number, number];
    return h('li', { 'data-seat': place.id }, NATIONAL_STRINGS[lang].seatNote(place.name[lang], lon.toFixed(2), lat.toFixed(2), place.seat.properties.source));
  }

  function tasks(lang: Lang): HTMLElement {
    const t = NATIONAL_STRINGS[lang];
    const { hgTaskGroups, hgTasks } = model.content;
    return h(
      'section',
      { class: 'hg-tasks' },
      h('h3', {}, t.tasksHeading(hgTasks.length)),
      h('p', { class: 'hint' }, t.tasksCompare),
      hgTaskGroups.map((g) =>
        h(
          'section',
          { class: 'task-group', 'data-group': g.id },
          h('h4', {}, g.title[lang], ' ', cite(g.sources, lang)),
          h('ol', { start: hgTasks.find((x) => x.group === g.id)!.id }, hgTasks.filter((x) => x.group === g.id).map((x) =>
            h('li', { class: 'task', 'data-task': x.id }, h('strong', {}, x.title[lang]), ' ', h('span', {}, x.summary[lang]), ' ', cite(x.sources, lang)),
          )),
        ),
      ),
    );
  }

  function detail(p: NationalPairingNode, lang: Lang): HTMLElement[] {
    const t = NATIONAL_STRINGS[lang];
    const onlyWorkplan = p.coverage.every((c) => c.doc === 'workplan2017');
    const parent = p.within ? model.pairingById.get(p.within.pairing) : undefined;
    return [
      h('button', { type: 'button', class: 'back', onclick: () => events.choose(null) }, `← ${t.allPairings}`),
      h('h2', { class: 'national-title', 'data-national': p.id }, names(p, lang)),
      h('p', { class: 'level' }, `${t.level[p.level]} · `, cite(p.sources, lang)),
      p.id === PAIRED_VIEW_PAIRING ? h('button', { type: 'button', class: 'open-paired', onclick: () => events.choose(p.id) }, t.openPaired) : null,
      onlyWorkplan ? h('p', { class: 'only-workplan' }, t.onlyWorkplan) : null,
      h('section', { class: 'coverage' }, h('h3', {}, t.whatWeHold), h('ul', {}, p.coverage.map((c) => h('li', { 'data-doc': c.doc }, c.note[lang], ' ', cite(c.sources, lang))))),
      p.within && parent
        ? h('section', { class: 'within' }, h('h3', {}, t.within, ' ', names(parent, lang)), h('p', {}, p.within.note[lang], ' ', cite(p.within.sources, lang)),
            h('button', { type: 'button', class: 'see-tasks', onclick: () => events.choose(parent.id) }, t.seeTasks))
        : null,
      p.id === HG ? tasks(lang) : null,
      p.level === 'city' ? h('section', { class: 'seats' }, h('h3', {}, t.seats), h('ul', {}, [seatLine(p.a, lang), seatLine(p.b, lang)])) : null,
      sourcesList(content, [p.sources, ...p.coverage.map((c) => c.sources), p.within?.sources ?? [], p.id === HG ? model.content.hgTasks.flatMap((x) => x.sources) : []], lang),
    ].filter((x): x is HTMLElement => x !== null);
  }

  return {
    update(lang: Lang, selected: string | null): void {
      const key = `${lang}|${selected}`;
      if (key === shown) return;
      const first = shown === '';
      shown = key;
      const p = selected ? model.pairingById.get(selected) : undefined;
      panel.replaceChildren(...(p ? detail(p, lang) : overview(lang)));
      panel.dataset.selected = p?.id ?? '';
      if (!first) panel.scrollTop = 0;
    },
    focus(): void {
      panel.focus({ preventScroll: true });
    },
  };
}
