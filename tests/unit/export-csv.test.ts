// The CSV writer: RFC 4180 quoting, the BOM and CRLF Excel needs.
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/export/csv';
import { parseCsv } from '../csv-parse';

describe('csvField', () => {
  it('leaves plain fields alone, Chinese included', () => {
    expect(csvField('chaoyang')).toBe('chaoyang');
    expect(csvField('朝阳区，和平区')).toBe('朝阳区，和平区');
    expect(csvField(15)).toBe('15');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes, newlines and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "5+3"')).toBe('"say ""5+3"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('toCsv', () => {
  const tricky = ['a,b', 'He said "hi"', 'two\nlines', 'cr\r\nlf', '长春“新区”，天津', '', ' x '];
  const csv = toCsv(['id', 'text'], tricky.map((t, i) => [i, t]));
  it('starts with the BOM and ends every row with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith(`${BOM}id,text\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every LF outside a quoted field follows a CR.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/[^\r]\n/);
  });
  it('round-trips through a strict RFC 4180 reader', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['id', 'text']);
    expect(rows.slice(1)).toEqual(tricky.map((t, i) => [String(i), t]));
  });
  it('refuses a row with the wrong number of fields, saying which', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 fields, the header has 2/);
  });
});

describe('cells that a spreadsheet would run as formulas (OWASP CSV injection)', () => {
  it('starts a text cell beginning with = + - @, tab or CR (or their full-width forms) with a quote mark', () => {
    expect(csvField('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('＝1+1')).toBe("'＝1+1");
    // Numbers are numbers, and a sign inside a text is harmless.
    expect(csvField(-5)).toBe('-5');
    expect(csvField('5-3')).toBe('5-3');
  });
  it('reads back with the quote mark and the rest unchanged', () => {
    const rows = parseCsv(toCsv(['a'], [['=1+2'], ['plain']]).slice(1));
    expect(rows).toEqual([['a'], ["'=1+2"], ['plain']]);
  });
});
