// The page's bundle carries no evidence key words (config/strip-evidence.ts): they are for the
// build's check and the tests, and would only weigh on the first paint.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripEvidence } from '../../config/strip-evidence';

describe('strip-evidence', () => {
  it('empties evidence properties and drops the ...evidence arguments of the file’s helpers', () => {
    const code = [
      "const plan = (section: string, ...evidence: string[]) => ({ doc: 'plan2018', section, evidence });",
      "const s2 = (...evidence: string[]) => [{ doc: 'workplan2017', section: '§二', evidence }];",
      "export const a = [plan('§三', '甲词', '乙词'), { doc: 'x', section: '§一', evidence: ['丙词'] }, s2('丁词'), plan('§四')];",
    ].join('\n');
    const out = stripEvidence(code);
    for (const w of ['甲词', '乙词', '丙词', '丁词']) expect(out).not.toContain(w);
    expect(out).toContain("plan('§三')");
    expect(out).toContain("plan('§四')");
    expect(out).toContain("s2()");
    expect(out).toContain('evidence: []');
  });

  it.skipIf(!existsSync(resolve(import.meta.dirname, '../../dist/assets')))('the built page has none of them', () => {
    const dir = resolve(import.meta.dirname, '../../dist/assets');
    const js = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
    // Key words that appear only as evidence (the texts say it in other words).
    for (const w of ['已达成一致备签', '亲清新型政商关系', '加強改革經驗交流']) expect(js).not.toContain(w);
  });
});
