import { sortKey } from '../../src/content/national/timeline-order';
import { timeline } from '../../src/content/national/timeline';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/index';
import { buildModel } from '../../src/model/build-model';
import type { CitiesTopology } from '../../src/model/geometry';
import { buildTour, stepForSelection, tourEvents } from '../../src/present/tour';
import { actionForKey, type KeyInfo } from '../../src/present/keys';
import { dwellMs, MAX_DWELL_MS, MIN_DWELL_MS } from '../../src/present/autoplay';
import { DEFAULT_STATE } from '../../src/url-fields';
import { parseHash, serializeHash } from '../../src/url-fields';

const topology = JSON.parse(readFileSync(new URL('../../public/geo/cities.topo.json', import.meta.url), 'utf8')) as CitiesTopology;
const model = buildModel(content, topology);
const tour = buildTour(model);

describe('buildTour', () => {
  it('steps overview → the 15 pairings in the plan’s order → the two projects → results → timeline → sources', () => {
    expect(tour.map((s) => s.kind)).toEqual(['overview', ...Array(15).fill('pair'), 'project', 'project', 'results', 'timeline', 'sources']);
    const pairs = tour.filter((s) => s.kind === 'pair');
    expect(pairs.map((s) => s.pair.pairing.order)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(new Set(tour.map((s) => s.id)).size).toBe(tour.length);
  });

  it('puts each pairing on the map at its step, and each project where it lies (its zones, not a pairing that mentions it)', () => {
    for (const s of tour) {
      if (s.kind === 'pair') expect(s.selection).toEqual({ pair: s.pair.id, place: null, project: null });
      if (s.kind === 'project') expect(s.selection).toEqual({ pair: null, place: null, project: s.project.id });
      if (s.kind === 'overview' || s.kind === 'results') expect(s.selection).toEqual({ pair: null, place: null, project: null });
    }
  });

  it('has a results step after the projects (its card reads the headline results, tests/browser/present.test.ts)', () => {
    expect(tour.findIndex((s) => s.kind === 'results')).toBe(tour.findLastIndex((s) => s.kind === 'project') + 1);
  });

  it('has a timeline step with the Tianjin–Changchun events in date order, each cited', () => {
    expect(tour.filter((s) => s.kind === 'timeline')).toHaveLength(1);
    const step = { events: tourEvents(timeline) };
    expect(step.events.length).toBeGreaterThanOrEqual(8);
    expect(step.events[0]!.id).toBe('delegation-2016-11');
    // A date given only to the year sorts after what happened in that year (timeline-order.ts).
    expect(step.events.map((e) => sortKey(e.date))).toEqual(step.events.map((e) => sortKey(e.date)).sort());
    for (const e of step.events) {
      expect(e.pairings, e.id).toContain('changchun-tianjin');
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
    expect(step.events.some((e) => e.id.startsWith('hg-'))).toBe(false);
    expect(step.events.some((e) => e.kind === 'news')).toBe(false);
  });

  it('resumes at the step of the selected pairing (a sub-pairing resumes at its parent)', () => {
    expect(stepForSelection(tour, null)).toBe(1);
    expect(stepForSelection(tour, 'nowhere')).toBe(1);
    const i = tour.findIndex((s) => s.kind === 'pair' && s.pair.id === 'chaoyang-heping');
    expect(stepForSelection(tour, 'chaoyang-heping')).toBe(i + 1);
    const sub = content.pairings.find((p) => p.parent)!;
    expect(stepForSelection(tour, sub.id)).toBe(tour.findIndex((s) => s.kind === 'pair' && s.pair.id === sub.parent) + 1);
  });
});

describe('actionForKey', () => {
  const key = (k: string, more: Partial<KeyInfo> = {}): KeyInfo => ({ key: k, inTextField: false, onControl: false, ...more });
  it('maps what clickers and keyboards send', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(actionForKey(key(k))).toBe('next');
    for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(actionForKey(key(k))).toBe('prev');
    expect(actionForKey(key('Home'))).toBe('first');
    expect(actionForKey(key('End'))).toBe('last');
    expect(actionForKey(key('Escape'))).toBe('leave');
    expect(actionForKey(key(' ', { shiftKey: true }))).toBe('prev');
    // Slide software's blank screen, and a clicker's blank button.
    for (const k of ['b', 'B', '.']) expect(actionForKey(key(k))).toBe('black');
    for (const k of ['w', 'W', ',']) expect(actionForKey(key(k))).toBe('white');
    expect(actionForKey(key('x'))).toBeNull();
  });
  it('leaves Space to a focused button, keys to text fields, and shortcuts with modifiers to the browser', () => {
    expect(actionForKey(key(' ', { onControl: true }))).toBeNull();
    expect(actionForKey(key('ArrowRight', { onControl: true }))).toBe('next');
    expect(actionForKey(key('ArrowRight', { inTextField: true }))).toBeNull();
    expect(actionForKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(actionForKey(key('End', { ctrlKey: true }))).toBeNull();
  });
});

describe('dwellMs', () => {
  it('gives time to read: longer text stays longer, within 8–30 s', () => {
    expect(dwellMs('', 'zh')).toBe(MIN_DWELL_MS);
    expect(dwellMs('字'.repeat(60), 'zh')).toBeGreaterThan(dwellMs('字'.repeat(20), 'zh'));
    expect(dwellMs('字'.repeat(5000), 'zh')).toBe(MAX_DWELL_MS);
    // The same content in English is longer in letters but not slower to read.
    expect(dwellMs('a'.repeat(300), 'en')).toBeLessThan(dwellMs('字'.repeat(100), 'zh') + 5_000);
  });
});

describe('the URL of a tour step', () => {
  const known = { pairs: new Set(['chaoyang-heping']), places: new Set<string>(), views: new Set(['paired']), steps: 20 };
  it('round-trips mode, step and autoplay', () => {
    const state = { ...DEFAULT_STATE, mode: 'present' as const, step: 5, play: true, pair: 'chaoyang-heping' };
    const hash = serializeHash(state);
    expect(hash).toContain('mode=present');
    expect(hash).toContain('step=5');
    expect(hash).toContain('play=1');
    expect({ ...DEFAULT_STATE, ...parseHash(hash, known).state }).toEqual(state);
  });
  it('writes no step or autoplay outside the tour', () => {
    expect(serializeHash({ ...DEFAULT_STATE, step: 3, play: true })).toBe('#lang=zh');
  });
  it('reports steps outside the tour, unknown modes and autoplay values, and keeps the rest', () => {
    for (const bad of ['0', '21', '99', '-1', '2.5', 'abc', '1e1', '9'.repeat(80)]) {
      const r = parseHash(`#mode=present&step=${bad}&lang=en`, known);
      expect(r.state, bad).toEqual({ mode: 'present', lang: 'en' });
      expect(r.notices[0]?.kind, bad).toBe('bad-step');
    }
    expect(parseHash('#mode=foo', known).notices).toEqual([{ kind: 'unknown-mode', value: 'foo' }]);
    expect(parseHash('#play=maybe', known).notices).toEqual([{ kind: 'bad-play', value: 'maybe' }]);
    expect(parseHash('#step=20', known).state).toEqual({ step: 20 });
  });
});
