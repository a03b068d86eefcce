// Property-based fuzzing (fast-check) of everything that reads outside input: the URL hash
// and the messages an embedding page may send. No exception escapes; every rejected value
// becomes a notice with text in both languages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APP_URL, parseHash, serializeHash } from '../../src/url-fields';
import type { KnownIds } from '../../src/state/url-field';
import { DEFAULT_STATE } from '../../src/url-fields';
import type { AppState, Notice } from '../../src/state/app-state';
import { noticeText } from '../../src/url-fields';
import { parseParentMessage, PARENT_KEY } from '../../src/embed/parent-message';

const RUNS = 2_000;
const known: KnownIds = {
  pairs: new Set(['chaoyang-heping', 'etdz-wuqing', 'xinqu-binhai']),
  places: new Set(['gongzhuling', 'cc-changde', 'heping']),
  views: new Set(['paired', 'geo', 'national']),
  tasks: new Set(Array.from({ length: 18 }, (_, i) => i + 1)),
  groups: new Set([1, 2, 3, 4, 5]),
};
const KEYS = ['pair', 'place', 'lang', 'view', 'embed', 'task', 'group'] as const;
const VALID: Record<(typeof KEYS)[number], string[]> = {
  pair: [...known.pairs],
  place: [...known.places],
  lang: ['zh', 'en'],
  view: [...known.views],
  embed: ['1', '0', 'true', 'false'],
  task: Array.from({ length: 18 }, (_, i) => String(i + 1)),
  group: ['1', '2', '3', '4', '5'],
};

/** Every notice reads as a sentence in both languages. */
function expectReadable(notices: Notice[]): void {
  for (const n of notices) for (const lang of ['zh', 'en'] as const) expect(noticeText(n, lang).trim().length).toBeGreaterThan(3);
}

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('%', '%E0%A4%A', '__proto__', 'constructor', 'toString', '<script>', '"><img src=x onerror=alert(1)>', 'a'.repeat(3000), '+', '=', '&', '#'),
);

describe('fuzzing the URL hash parser', () => {
  it(`never throws on any string (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.webFragments(), fc.webUrl({ withFragments: true })), (hash) => {
        const r = parseHash(hash, known);
        expectReadable(r.notices);
        // Whatever it keeps is a valid state, and writing it reads back the same.
        const state: AppState = { ...DEFAULT_STATE, ...r.state };
        expect(parseHash(serializeHash(state), known)).toEqual({ state: expect.any(Object), notices: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps or reports every value of every field: nothing is dropped silently (${RUNS} cases)`, () => {
    const value = fc.oneof(fc.constantFrom(...Object.values(VALID).flat()), junk);
    const params = fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), value), { selector: ([k]) => k, maxLength: 8 });
    fc.assert(
      fc.property(params, (entries) => {
        const hash = `#${entries.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
        const r = parseHash(hash, known);
        expectReadable(r.notices);
        const kinds = r.notices.map((n) => n.kind);
        for (const [key, raw] of entries) {
          if (raw === '') continue;
          // A valid pair wins over a place: the place is not rejected, it is the same selection said twice.
          if (key === 'place' && r.state.pair !== undefined) continue;
          // Likewise a valid task wins over a group.
          if (key === 'group' && r.state.task !== undefined) continue;
          const kept = key in r.state;
          const reported = kinds.includes(`unknown-${key}` as Notice['kind']);
          expect(kept !== reported, `${key}=${raw}: kept ${kept}, reported ${reported}`).toBe(true);
          if (kept) expect(VALID[key]).toContain(raw);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const ALL_KEYS = new Set<string>(APP_URL.fields.map((f) => f.key));

describe('fuzzing the hash parser: keys it does not read', () => {
  it(`names every unknown key and every earlier value of a repeated key (${RUNS} cases)`, () => {
    const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !/[&=%+#]/.test(k)));
    const value = fc.constantFrom(...Object.values(VALID).flat());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (entries) => {
        const hash = `#${entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { notices } = parseHash(hash, known);
        expectReadable(notices);
        const named = (kind: string) => notices.filter((n) => n.kind === kind).map((n) => n.value);
        const seen = new Map<string, string>();
        for (const [k, v] of entries) {
          if (!ALL_KEYS.has(k)) expect(named('unknown-key'), `unknown key ${k}`).toContain(k);
          const earlier = seen.get(k);
          if (v !== '' && earlier !== undefined && earlier !== v) expect(named('repeated-key'), `${k} given twice`).toContain(`${k}=${earlier}`);
          if (v !== '') seen.set(k, v);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the parent-message parser', () => {
  it(`never throws and ignores everything not addressed to the map (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (data) => {
        const m = parseParentMessage(data);
        const ours = typeof data === 'object' && data !== null && !Array.isArray(data) && Object.prototype.hasOwnProperty.call(data, PARENT_KEY);
        if (!ours) expect(m).toBeNull();
        else expect(m).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads messages addressed to the map, and reports (never throws on) the rest (${RUNS} cases)`, () => {
    const body = fc.oneof(
      fc.anything(),
      fc.constant('height'),
      fc.record({ hash: fc.oneof(junk, fc.webFragments().map((f) => `#${f}`)) }),
      fc.record({ hash: fc.anything() }),
    );
    fc.assert(
      fc.property(body, (b) => {
        const m = parseParentMessage({ [PARENT_KEY]: b });
        expect(m).not.toBeNull();
        if (m!.kind === 'invalid') expectReadable([{ kind: 'bad-message' }]);
        if (m!.kind === 'state') {
          expect(typeof m!.hash).toBe('string');
          // Read as a link: again no exception, and only readable notices.
          expectReadable(parseHash(m!.hash, known).notices);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('treats hostile objects (throwing getters and proxies) as bad messages', () => {
    const throwing = new Proxy({}, { has: () => { throw new Error('x'); }, getOwnPropertyDescriptor: () => { throw new Error('x'); }, get: () => { throw new Error('x'); } });
    expect(parseParentMessage(throwing)).toEqual({ kind: 'invalid' });
    const getter = Object.defineProperty({}, PARENT_KEY, { get: () => { throw new Error('x'); }, enumerable: true });
    expect(parseParentMessage(getter)).toEqual({ kind: 'invalid' });
    expect(parseParentMessage({ [PARENT_KEY]: { hash: 'x'.repeat(10_000) } })).toEqual({ kind: 'invalid' });
  });
});
