// The side panel: the overview list when nothing is selected, a pair's details
// (both sides, focus areas, projects, results, sources) when one is.
import type { Model } from '../model/build-model';
import type { PairNode, Party } from '../model/types';
import type { PanelOutcomes as Outcomes } from './panel-outcomes';
import type { Project, Source } from '../content/schema';
import { PROJECT_STRINGS } from '../i18n/projects';
import { STRINGS, type Lang } from '../i18n/strings';
import { reason } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';
import { h } from './dom';
import { fullSource, partyNames, shortSource, uniqueSources } from './format';
import { newsOf, resultsOf } from '../model/outcomes';
import { loadedOutcomes, loadOutcomes } from './outcomes';

export interface PanelState {
  lang: Lang;
  pair: string | null;
  place: string | null;
  /** A major project whose zones are selected (src/projects). */
  project?: string | null;
}

export interface PanelEvents {
  selectPair(id: string | null): void;
  selectPlace(id: string): void;
  /** Shows a major project where it lies: its zones selected on the maps. */
  selectProject(id: string): void;
  hoverPair(id: string | null): void;
  /**
   * Settles when the page is shown (app.show). The results and news are fetched then, not before
   * the first paint: below the list, they are out of the first screen's view, and their chunk's
   * evaluation and the DOM they add held the page's showing back (≈ 20 ms each at 1× CPU). A link
   * to a selection has them already (outcomesForFirstRender). Without it they are fetched at once.
   */
  shown?: Promise<void>;
}

export function createPanel(container: HTMLElement, model: Model, events: PanelEvents) {
  const { content } = model;

  const cite = (sources: Source[], lang: Lang) =>
    h('span', { class: 'cite' }, sources.map((s) => shortSource(content, s, lang)).join('; '));

  const names = (parties: Party[], lang: Lang) => partyNames(parties, lang, ' and ');

  function pairButton(pair: PairNode, lang: Lang): HTMLElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'pair-button',
        'data-pair': pair.id,
        onclick: () => events.selectPair(pair.id),
        onmouseenter: () => events.hoverPair(pair.id),
        onmouseleave: () => events.hoverPair(null),
        onfocus: () => events.hoverPair(pair.id),
        onblur: () => events.hoverPair(null),
      },
      h('span', { class: 'side side-changchun' }, names(pair.changchun, lang)),
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, '⟷'),
      h('span', { class: 'side side-tianjin' }, names(pair.tianjin, lang)),
    );
  }

  /**
   * The results and news reports load after the first paint (src/views/outcomes.ts). A part of the
   * panel that shows them is drawn empty and filled when they arrive; it always lies below what
   * the first screen shows of the panel (the list, a pairing's sides and focus areas), so it moves
   * nothing in view. Each update drops the fills of the page it replaced.
   */
  let fills: { fill(o: Outcomes): void; fail(why: string): void }[] = [];
  function later<T extends HTMLElement>(el: T, fill: (o: Outcomes, el: T) => void, fail?: (why: string, el: T) => void): T {
    const o = loadedOutcomes();
    if (o) fill(o, el);
    else fills.push({ fill: (x) => fill(x, el), fail: (why) => fail?.(why, el) });
    return el;
  }
  function awaitOutcomes(): void {
    if (!fills.length) return;
    // Taken, so a fold built later (opened) awaits only its own.
    const these = fills.splice(0);
    (events.shown ?? Promise.resolve()).then(loadOutcomes).then(
      (o) => these.forEach((f) => f.fill(o)),
      (error: unknown) => {
        console.error(error);
        these.forEach((f) => f.fail(reason(error)));
      },
    );
  }
  /** Where the results or news would be: says they could not be loaded (the rest of the panel stands). */
  const failed = (lang: Lang) => (why: string, el: HTMLElement) =>
    el.replaceChildren(h(el.tagName === 'UL' ? 'li' : 'p', { class: 'load-failure-line', 'data-failed': 'outcomes' }, LOAD_STRINGS[lang].failed(LOAD_STRINGS[lang].part.outcomes, why)));

  /** The sources list of a page, with the outcomes' sources once they are here (drawn without them until then). */
  function sourcesLater(sources: Source[][], more: (o: Outcomes) => Source[][], lang: Lang, heading = true): HTMLElement {
    return later(h('div', { class: 'outcomes-slot' }, sourcesList(uniqueSources(sources), lang, heading)), (o, el) =>
      el.replaceChildren(sourcesList(uniqueSources([...sources, ...more(o)]), lang, heading)),
    );
  }

  function sourcesList(sources: Source[], lang: Lang, heading = true): HTMLElement {
    const t = STRINGS[lang];
    return h(
      'section',
      { class: 'sources' },
      heading ? h('h3', {}, t.sourcesHeading) : null,
      h('ul', {}, sources.map((s) => {
        const { title, detail, url } = fullSource(content, s, lang);
        return h('li', { 'data-doc': s.doc }, h('cite', {}, title), ' ', h('span', {}, detail), url ? [' ', h('a', { href: url, rel: 'noopener noreferrer', class: 'source-url' }, url)] : null);
      })),
    );
  }

  /**
   * The overview's sections fold on a phone, where the chart above already lists every pairing
   * and the page must stay within three screens; open on a wider screen. A section the reader
   * opened or closed stays so (language switch, back to the overview).
   */
  const folded = new Map<string, boolean>();
  /**
   * A closed fold's insides are built when it is first opened (its summary's click, before the
   * browser opens it, or any other opening): on a phone the overview is four closed folds, and
   * building their lists was most of the panel's part of the first render (Total Blocking Time).
   */
  function fold(cls: string, title: string, body: () => (HTMLElement | null)[], rest?: () => HTMLElement[]): HTMLElement {
    const summary = h('summary', {}, h('h2', {}, title));
    const d = h('details', { class: `fold ${cls}` }, summary) as HTMLDetailsElement;
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      d.append(...body().filter((n): n is HTMLElement => n !== null));
      if (rest) hold(() => d.append(...rest()));
      // Results and news drawn into it now wait for their chunk like the rest of the panel.
      awaitOutcomes();
      // Entries added between renders: what marks them after a render (the key-task filter,
      // src/find/install.ts) marks them now too.
      if (d.isConnected) d.dispatchEvent(new Event('panel-content', { bubbles: true }));
    };
    d.open = folded.get(cls) ?? !matchMedia('(max-width: 600px)').matches;
    if (d.open) build();
    summary.addEventListener('click', build);
    d.addEventListener('toggle', () => {
      if (d.open) build();
      folded.set(cls, d.open);
    });
    return d;
  }

  /**
   * While the page is still hidden (main.ts shows it once the first render is whole), what the
   * overview has below its list of pairings (the unpaired places, the projects, results and sources
   * sections) waits here: `beforeShow` builds it at once if any of it would be on the first screen,
   * or else after the showing frame. Built with the list, it was 40 % of the panel's elements and
   * most of its text, laid out in the start-up (≈ 50 ms of main-thread time at 4× CPU) for a part
   * of the panel under the first screen: the list ends 1,389 px down the page at 1280×800 (English).
   */
  let held: (() => void)[] | null = [];
  /** The overview's list of pairings: what was held begins where it ends. */
  let list: HTMLElement | null = null;
  /** Builds now, or, while the page is still hidden, holds until it is shown. */
  const hold = (build: () => void) => (held ? held.push(build) : build());

  function overview(lang: Lang): (HTMLElement | null)[] {
    const t = STRINGS[lang];
    const unpaired = model.content.units.filter((u) => u.unpaired);
    list = fold(
      'pair-list',
      t.pairingsHeading,
      () => [
        h('ol', {}, model.topPairs.map((pair) =>
          h('li', {},
            pairButton(pair, lang),
            pair.children.length
              ? h('ul', { class: 'sub-pairs' }, pair.children.map((id) => h('li', {}, h('span', { class: 'sub-label' }, t.subPairing), pairButton(model.pairById.get(id)!, lang))))
              : null,
          ),
        )),
      ],
      () => [
        h('h3', {}, t.unpairedHeading),
        h('ul', { class: 'unpaired' }, unpaired.map((u) =>
          h('li', {}, h('button', { type: 'button', class: 'place-button', 'data-place': u.id, onclick: () => events.selectPlace(u.id) }, u.name[lang]), ' — ', u.unpaired!.reason[lang], ' ', cite(u.unpaired!.sources, lang)),
        )),
        cite(uniqueSources(model.topPairs.map((p) => p.pairing.sources)), lang),
      ],
    );
    // The sections after the list, appended after it (in the panel's order) when built.
    hold(() => container.append(
      fold('projects', t.projectsHeading, () => content.projects.map((pr) =>
        h('article', { class: 'project', 'data-project': pr.id },
          h('h3', {}, pr.name[lang]),
          h('button', { type: 'button', class: 'project-button', 'data-project': pr.id, onclick: () => events.selectProject(pr.id) }, `${PROJECT_STRINGS[lang].showOnMap} →`),
          h('p', {}, pr.summary[lang]),
          h('ul', {}, pr.parts.map((part) => h('li', {}, h('strong', {}, part.name[lang]), ' — ', part.role[lang]))),
          cite(pr.sources, lang),
        ),
      )),
      fold('results', t.resultsHeading, () => [later(h('ul', {}), (o, ul) => ul.append(...o.results.filter((r) => r.headline).map((r) => o.resultItem(r, lang, cite))), failed(lang))]),
      fold('overview-sources', t.sourcesHeading, () => [sourcesLater([...model.topPairs.map((p) => p.pairing.sources), ...content.projects.map((p) => p.sources)], (o) => o.results.filter((r) => r.headline).map((r) => r.sources), lang, false)]),
    ));
    return [h('p', { class: 'hint' }, t.selectHint), list];
  }

  function sideBlock(title: string, parties: Party[], lang: Lang): HTMLElement {
    const t = STRINGS[lang];
    return h('div', { class: 'pair-side' },
      h('h3', {}, title),
      h('ul', {}, parties.map((p) =>
        h('li', { 'data-party': p.id },
          h('span', { class: 'party-name' }, p.name[lang]),
          // Not where the name already says it: "Jinnan District district" (the Chinese 市辖区 after
          // 津南区 adds what 区 does not say, and stays).
          ...(p.name[lang].toLowerCase().endsWith(` ${t.kind[p.kindLabel]}`) ? [] : [' ', h('span', { class: 'kind' }, t.kind[p.kindLabel])]),
          p.approximate ? h('span', { class: 'approx' }, ` · ${t.approximate}`) : null,
        ),
      )),
    );
  }

  function pairDetail(pair: PairNode, lang: Lang): (HTMLElement | null)[] {
    const t = STRINGS[lang];
    const parent = pair.parent ? model.pairById.get(pair.parent) : undefined;
    const focus = [...pair.focus].sort((a, b) => Number(a.basis === 'related') - Number(b.basis === 'related') || a.task - b.task);
    return [
      h('button', { type: 'button', class: 'back', onclick: () => events.selectPair(null) }, `← ${t.clear}`),
      h('h2', { class: 'pair-title' }, `${names(pair.changchun, lang)} ⟷ ${names(pair.tianjin, lang)}`),
      parent ? h('p', { class: 'parent' }, t.subPairing, ' ', pairButton(parent, lang)) : null,
      h('div', { class: 'pair-sides' }, sideBlock(t.changchun, pair.changchun, lang), sideBlock(t.tianjin, pair.tianjin, lang)),
      h('p', { class: 'summary' }, pair.pairing.summary[lang], ' ', cite(pair.pairing.sources, lang)),
      pair.children.length ? h('p', { class: 'children' }, t.subPairing, ' ', pair.children.map((id) => pairButton(model.pairById.get(id)!, lang))) : null,
      h('section', { class: 'focus' },
        h('h3', {}, t.focusHeading),
        h('ul', {}, focus.map((f) =>
          h('li', { class: `focus-item is-${f.basis}`, 'data-task': f.task, 'data-basis': f.basis },
            h('span', { class: `basis basis-${f.basis}`, title: f.basis === 'stated' ? t.statedExplain : t.relatedExplain }, f.basis === 'stated' ? t.stated : t.related),
            ' ',
            h('strong', {}, `${f.task}. ${f.area.title[lang]}`),
            h('p', {}, f.note[lang], ' ', cite(f.sources, lang)),
          ),
        )),
      ),
      pair.projects.length
        ? h('section', { class: 'projects' }, h('h3', {}, t.projectsHeading), pair.projects.map((l) =>
            h('article', { class: `project is-${l.basis}`, 'data-project': l.project.id },
              h('h4', {}, l.project.name[lang], ' ', h('span', { class: `basis basis-${l.basis}` }, l.basis === 'stated' ? t.stated : t.related)),
              h('p', {}, l.note[lang], ' ', cite(l.sources, lang)),
            ),
          ))
        : null,
      later(h('div', { class: 'outcomes-slot' }), (o, el) => {
        const results = resultsOf(o, pair);
        el.append(...[results.length ? h('section', { class: 'results' }, h('h3', {}, t.resultsHeading), h('ul', {}, results.map((r) => o.resultItem(r, lang, cite)))) : null, o.newsSection(newsOf(o, pair), lang, cite)].filter((x) => x !== null));
      }, failed(lang)),
      sourcesLater([pair.pairing.sources, ...pair.focus.map((f) => f.sources), ...pair.projects.map((p) => p.sources)], (o) => [...resultsOf(o, pair).map((r) => r.sources), ...newsOf(o, pair).map((n) => n.sources)], lang),
    ];
  }

  /** A major project: where its parts lie (the zones selected on the maps) and the pairings it concerns. */
  function projectDetail(pr: Project, lang: Lang): (HTMLElement | null)[] {
    const t = STRINGS[lang];
    const p = PROJECT_STRINGS[lang];
    return [
      h('button', { type: 'button', class: 'back', onclick: () => events.selectPair(null) }, `← ${t.clear}`),
      h('h2', { class: 'pair-title' }, pr.name[lang]),
      h('p', { class: 'kind' }, p.projectKind),
      h('p', { class: 'summary' }, pr.summary[lang], ' ', cite(pr.sources, lang)),
      h('section', { class: 'project-parts' }, h('h3', {}, p.partsHeading), h('ul', {}, pr.parts.map((part) => {
        const zone = model.parties.get(part.zone);
        return h('li', {}, h('strong', {}, part.name[lang]), ' — ', part.role[lang], zone ? [' · ', h('button', { type: 'button', class: 'place-button', 'data-place': zone.id, onclick: () => events.selectPlace(zone.id) }, zone.name[lang])] : null);
      }))),
      pr.pairs.length
        ? h('section', { class: 'project-pairs' }, h('h3', {}, p.pairsHeading), h('ul', {}, pr.pairs.flatMap((l) => {
            const pair = model.pairById.get(l.pair);
            return pair ? [h('li', {}, pairButton(pair, lang), ' ', h('span', { class: `basis basis-${l.basis}` }, l.basis === 'stated' ? t.stated : t.related))] : [];
          })))
        : null,
      sourcesList(uniqueSources([pr.sources, ...pr.parts.map((part) => part.sources)]), lang),
    ];
  }

  function placeDetail(party: Party, lang: Lang): (HTMLElement | null)[] {
    const t = STRINGS[lang];
    const projects = content.projects.filter((pr) => pr.parts.some((part) => part.zone === party.id));
    const sources = party.unit ? [party.unit.sources, party.unit.unpaired?.sources ?? []] : [party.zone!.sources];
    return [
      h('button', { type: 'button', class: 'back', onclick: () => events.selectPair(null) }, `← ${t.clear}`),
      h('h2', { class: 'pair-title' }, party.name[lang]),
      h('p', { class: 'kind' }, `${t[party.city]} · ${t.kind[party.kindLabel]}`, party.approximate ? ` · ${t.approximate}` : ''),
      party.unit?.unpaired ? h('p', { class: 'unpaired-reason' }, h('strong', {}, t.unpairedHeading), ' — ', party.unit.unpaired.reason[lang]) : null,
      party.zone ? h('p', {}, party.zone.type[lang], ' · ', party.zone.location.note[lang]) : null,
      projects.length
        ? h('section', { class: 'projects' }, h('h3', {}, t.projectsHeading), projects.map((pr) =>
            h('article', { class: 'project', 'data-project': pr.id }, h('h4', {}, pr.name[lang]),
              h('ul', {}, pr.parts.filter((part) => part.zone === party.id).map((part) => h('li', {}, h('strong', {}, part.name[lang]), ' — ', part.role[lang], ' ', cite(part.sources, lang)))))))
        : null,
      sourcesList(uniqueSources([...sources, ...projects.map((p) => p.sources)]), lang),
    ];
  }

  return {
    update(state: PanelState): void {
      const lang = state.lang;
      const pair = state.pair ? model.pairById.get(state.pair) : undefined;
      const place = state.place ? model.parties.get(state.place) : undefined;
      const project = !pair && !place && state.project ? content.projects.find((p) => p.id === state.project) : undefined;
      fills = [];
      if (held) held = [];
      const body = pair ? pairDetail(pair, lang) : place ? placeDetail(place, lang) : project ? projectDetail(project, lang) : overview(lang);
      container.replaceChildren(...body.filter((n): n is HTMLElement => n !== null));
      awaitOutcomes();
      container.dataset.view = pair ? 'pair' : place ? 'place' : project ? 'project' : 'overview';
    },
    /**
     * The page is about to be shown (app.show, before its .is-ready): what the overview held (see
     * `held`) is built now if its first part would begin on the first screen (a tall screen, a page
     * scrolled down), or else in a task after the showing frame, where it moves nothing in view: it
     * all lies below the list, under the screen's bottom edge.
     */
    beforeShow(): void {
      const parts = held ?? [];
      const from = list;
      held = null;
      const build = () => {
        // Dropped if the overview was replaced meanwhile.
        if (!from?.isConnected) return;
        for (const part of parts) part();
        // What marks the panel's entries after a render (the key-task filter, src/find/install.ts) marks these too.
        container.dispatchEvent(new Event('panel-content', { bubbles: true }));
      };
      if (!parts.length) return;
      // Decided in the showing frame's callback, before that frame is laid out and painted: read
      // there, the list's position costs no layout of its own (the frame lays the page out anyway),
      // and what would show is still built in time for that frame's paint. Read here, it laid the
      // hidden page out once more just before the showing (≈ 15 ms at 1× CPU, the chart included).
      if (document.hidden) return void setTimeout(build, 0);
      requestAnimationFrame(() => (from!.getBoundingClientRect().bottom < innerHeight ? build() : setTimeout(build, 0)));
    },
    /** Marks the list entry of the hovered pairing (from the map). */
    highlight(pairIds: string[]): void {
      for (const b of container.querySelectorAll<HTMLElement>('.pair-button')) b.classList.toggle('is-hover', pairIds.includes(b.dataset.pair!));
    },
  };
}
