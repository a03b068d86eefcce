// The downloadable data files: one CSV per table and one JSON with every table. Pure (strings
// in, strings out): config/data-files.ts writes them to dist/data/ at build time, the page
// builds the same bytes from the bundled content where there is no dist/data (single file).
import type { FullContent } from '../content/index';
import { toCsv } from './csv';
import { cellText, dataTables, type Table } from './data-tables';

export const DATA_DIR = 'data';
export const JSON_FILE = 'tianjin-changchun-pairings.json';

export interface DataFile {
  /** File name inside data/ */
  name: string;
  type: string;
  text: string;
  table?: Table;
}

/** Citation for the JSON's `about` and the dialog's note. */
export const CITATION = {
  zh: '津长对口合作地图（数据整理自《天津市与长春市对口合作实施方案》发改振兴〔2018〕437号、国办发〔2017〕22号及2018年4月12日进展报道；每一行的 sources 列注明所据文件及章节，文件编号见 documents 表）',
  en: "Tianjin–Changchun Pairing Map (津长对口合作地图), compiled from 发改振兴〔2018〕437号, 国办发〔2017〕22号 and the progress report of 12 April 2018; each row's sources column names the document and section it rests on (ids in the documents table)",
};

export function csvFile(table: Table): DataFile {
  const text = toCsv(table.columns, table.rows.map((row) => table.columns.map((c) => cellText(row[c]!))));
  return { name: `${table.name}.csv`, type: 'text/csv;charset=utf-8', text, table };
}

export function jsonFile(tables: Table[]): DataFile {
  const data = {
    about: { citation: CITATION, sources_format: 'sources: [{ doc: documents.id, section }]' },
    tables: Object.fromEntries(tables.map((t) => [t.name, t.rows])),
  };
  return { name: JSON_FILE, type: 'application/json', text: JSON.stringify(data, null, 1) + '\n' };
}

export function dataFiles(content: FullContent): DataFile[] {
  const tables = dataTables(content);
  return [...tables.map(csvFile), jsonFile(tables)];
}
