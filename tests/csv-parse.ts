// A strict RFC 4180 reader for the tests (not the code under test): CRLF rows, quoted fields
// with doubled quotes; throws on anything else, so a sloppy writer cannot pass by accident.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') (field += '"'), (i += 2);
          else { i++; break; }
        } else field += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') (rows.push(row), (row = []), (i += 2));
    else if (i >= n) throw new Error('last row has no CRLF');
    else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i} (a lone LF or CR is not a row end)`);
  }
  return rows;
}
