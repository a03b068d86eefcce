// Drops the documents' `notice`, `note` and `file` from the web build's page bundle: only the data
// downloads show them, and the web build serves those as static files built from the source
// (config/data-files.ts reads it through Vite's module runner, untouched by this plugin). What the
// page cites with (title, number, issuer, dates, address) stays. Not in the single file, which
// builds its data downloads in the page from the bundled content (src/export/data-links.ts).
import ts from 'typescript';
import { applyCuts, parse, trimSourcePlugin, type Cut } from './source-cuts.ts';

const DOCUMENTS = /[\\/]src[\\/]content[\\/]documents\.ts$/;
export const DETAIL_KEYS = new Set(['notice', 'note', 'file']);

/** The source with every `notice: …`, `note: …` and `file: …` property (and its comma) removed. */
export function stripDocumentDetails(code: string, file = 'documents.ts'): string {
  const sf = parse(code, file);
  const cuts: Cut[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && DETAIL_KEYS.has(p.name.text)) {
          // The property and the comma after it (every record ends its properties with one).
          const end = code[p.getEnd()] === ',' ? p.getEnd() + 1 : p.getEnd();
          cuts.push({ from: p.getStart(sf), to: end });
        } else visit(p);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return applyCuts(code, cuts);
}

export const stripDocumentDetailsPlugin = () => trimSourcePlugin('strip-document-details', DOCUMENTS, stripDocumentDetails);
