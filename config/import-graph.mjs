// The import graph of src/, and the layers it must respect. Read by tests/unit/layering.test.ts
// (which fails on an import that points back up) and by `npm run graph` (counts for the notes).
// Data flows one way: content & geometry → model → state → shared UI → views & features → app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Layer of each top-level folder (or root file) of src/; a file may import only its own layer or lower. */
/** @type {Record<string, number>} */
export const LAYERS = {
  content: 0,
  i18n: 0,
  ui: 1,
  model: 1,
  state: 2,
  // The shared UI: the app's contract, the view registry, panel and notices.
  'app-context.ts': 3,
  views: 3,
  // Bounded waits and the notice for a part that failed to load: every lazy feature uses them.
  load: 3,
  // Features and views other than the paired one: one folder each, never imported from below.
  a11y: 4,
  embed: 4,
  export: 4,
  find: 4,
  'geo-view': 4,
  legend: 4,
  national: 4,
  offline: 4,
  present: 4,
  print: 4,
  projects: 4,
  timeline: 4,
  // Composition: the only files that know every feature.
  'app.ts': 5,
  'main.ts': 5,
  'url-fields.ts': 5,
  'url-query.ts': 5,
  'slots.ts': 5,
};

/** @typedef {{ from: string, to: string, typeOnly: boolean }} Edge `typeOnly`: `import type`, no code at run time but still a dependency of the design. */

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** @param {string} from @param {string} spec */
function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next */
    }
  }
  return null;
}

/** Every relative import between .ts files under `src` (CSS and JSON imports are left out). */
/** @param {string} src @returns {{ files: string[], edges: Edge[] }} */
export function importGraph(src) {
  const all = files(src);
  /** @type {Edge[]} */
  const edges = [];
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4];
      const target = resolveImport(file, spec);
      if (!target || !target.endsWith('.ts')) continue;
      edges.push({ from: relative(src, file), to: relative(src, target), typeOnly: Boolean(m[2]) });
    }
  }
  return { files: all.map((f) => relative(src, f)), edges };
}

/** The top-level folder (or root file) a path under src/ belongs to. */
/** @param {string} path */
export function unitOf(path) {
  return path.split(/[\\/]/)[0];
}

/** @param {string} path @returns {number | undefined} */
export function layerOf(path) {
  return LAYERS[unitOf(path)];
}

/** Imports that run from a lower layer to a higher one. */
/** @param {Edge[]} edges */
export function backImports(edges) {
  return edges.filter((e) => (layerOf(e.from) ?? Infinity) < (layerOf(e.to) ?? -Infinity));
}

/** Strongly connected groups of more than one file (import cycles), by Tarjan's algorithm. */
/** @param {Edge[]} edges @returns {string[][]} */
export function cycles(edges) {
  const next = new Map();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  let i = 0;
  const visit = (v) => {
    index.set(v, i);
    low.set(v, i++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of new Set(edges.flatMap((e) => [e.from, e.to]))) if (!index.has(v)) visit(v);
  return out;
}

/** Folder-to-folder arrows, each once. */
/** @param {Edge[]} edges @returns {Set<string>} */
export function folderArrows(edges) {
  return new Set(edges.filter((e) => unitOf(e.from) !== unitOf(e.to)).map((e) => `${unitOf(e.from)} → ${unitOf(e.to)}`));
}

// `npm run graph`: the counts for the notes.
if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const src = resolve(process.argv[2] ?? 'src');
  const { files: all, edges } = importGraph(src);
  const arrows = folderArrows(edges);
  const back = backImports(edges);
  const backArrows = folderArrows(back);
  const layer4 = (u) => LAYERS[u] === 4;
  const sideways = [...arrows].filter((a) => {
    const [f, t] = a.split(' → ');
    return layer4(f) && layer4(t);
  });
  const cyc = cycles(edges);
  const folderCycles = cycles([...arrows].map((a) => ({ from: a.split(' → ')[0], to: a.split(' → ')[1], typeOnly: false })));
  console.log(`files ${all.length}, imports ${edges.length}, folder arrows ${arrows.size}`);
  console.log(`back-up arrows (folder → folder) ${backArrows.size}: ${[...backArrows].join(', ') || '-'}`);
  for (const e of back) console.log(`  ${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);
  console.log(`file cycles ${cyc.length}: ${cyc.map((c) => c.join(' ⇄ ')).join('; ') || '-'}`);
  console.log(`folder cycles ${folderCycles.length}: ${folderCycles.map((c) => c.join(' ⇄ ')).join('; ') || '-'}`);
  console.log(`sideways feature → feature arrows ${sideways.length}: ${sideways.join(', ')}`);
}
