// #national=<pairing> and #event=<id>: known ids restore the state, anything else is a notice.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/url-fields';
import { parseHash, serializeHash } from '../../src/url-fields';

const known = { pairs: new Set<string>(), places: new Set<string>(), views: new Set(['paired', 'national']) };

describe('national and timeline keys of the URL', () => {
  it('reads a national pairing and a timeline event', () => {
    expect(parseHash('#view=national&national=harbin-shenzhen&event=plan2018hg-issued', known)).toEqual({
      state: { view: 'national', national: 'harbin-shenzhen', event: 'plan2018hg-issued' },
      notices: [],
    });
  });

  it('turns unknown or hostile ids into notices, never state', () => {
    const r = parseHash('#view=national&national=atlantis&event=%3Cscript%3E', known);
    expect(r.state).toEqual({ view: 'national' });
    expect(r.notices).toEqual([
      { kind: 'unknown-national', value: 'atlantis' },
      { kind: 'unknown-event', value: '<script>' },
    ]);
  });

  it('round-trips', () => {
    const state = { ...DEFAULT_STATE, lang: 'en' as const, view: 'national', national: 'liaoning-jiangsu', event: 'milestone-2019' };
    expect(serializeHash(state)).toBe('#lang=en&view=national&national=liaoning-jiangsu&event=milestone-2019');
    expect({ ...DEFAULT_STATE, ...parseHash(serializeHash(state), known).state }).toEqual(state);
  });
});
