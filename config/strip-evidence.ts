// Drops the citations' `evidence` key words from the page's bundle. They are for the build's
// schema check (src/content/check-build.ts, which reads the source through Vite's module runner,
// untouched by this plugin) and for tests/unit/evidence.test.ts; the page never shows them, and
// they would cost the first paint some 3 KB gzip. In src/content/**.ts it empties every
// `evidence: …` property and drops the arguments a helper takes as `...evidence`.
import ts from 'typescript';
import { applyCuts, parse, trimSourcePlugin, type Cut } from './source-cuts.ts';

const CONTENT = /[\\/]src[\\/]content[\\/].*\.ts$/;

export function stripEvidence(code: string, file = 'content.ts'): string {
  const sf = parse(code, file);
  // Helpers declared in this file whose last parameter is `...evidence`: name → its position.
  const helpers = new Map<string, number>();
  const findHelpers = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
      const params = node.initializer.parameters;
      const last = params[params.length - 1];
      if (last?.dotDotDotToken && ts.isIdentifier(last.name) && last.name.text === 'evidence') helpers.set(node.name.text, params.length - 1);
    }
    ts.forEachChild(node, findHelpers);
  };
  findHelpers(sf);
  const cuts: Cut[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'evidence') {
      cuts.push({ from: node.initializer.getStart(sf), to: node.initializer.getEnd(), text: '[]' });
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const at = helpers.get(node.expression.text)!;
      const args = node.arguments;
      if (args.length > at) cuts.push({ from: at === 0 ? args[0]!.getStart(sf) : args[at - 1]!.getEnd(), to: args[args.length - 1]!.getEnd(), text: '' });
      for (const a of args.slice(0, at)) visit(a);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return applyCuts(code, cuts);
}

export const stripEvidencePlugin = () => trimSourcePlugin('strip-evidence', CONTENT, stripEvidence, (code) => code.includes('evidence'));
