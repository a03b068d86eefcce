// Makes "the next deploy" out of the built site, for the update tests: a copy of dist/ in which
// every hashed file has a new name (as a real rebuild with changed code gives), the page's title
// says which version it is, and sw.js and version.json list the new files. Options break it the
// ways a deploy goes wrong: a file the worker's list names but the server does not have.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST } from './fault-server';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export interface Deploy {
  dir: string;
  /** The new name of a file of the original build (`assets/dialog-abc.js` → `assets/dialog-abcv2.js`). */
  renamed(original: string): string;
  remove(): void;
}

/** A copy of `from` as the next version, `tag` (letters and digits) in its title and file names. */
export function nextDeploy(tag: string, options: { from?: string; missing?: RegExp } = {}): Deploy {
  const from = options.from ?? DIST;
  const dir = mkdtempSync(join(tmpdir(), `deploy-${tag}-`));
  cpSync(from, dir, { recursive: true });
  // Every hashed file gets a new name: `name-HASH.ext` → `name-HASHtag.ext`.
  const names = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'assets'))) {
    const next = file.replace(/^(.*-[\w-]{8})(\.\w+)$/, `$1${tag}$2`);
    if (next !== file) names.set(file, next);
  }
  for (const [old, next] of names) renameSync(join(dir, 'assets', old), join(dir, 'assets', next));
  for (const file of allFiles(dir).filter((f) => /\.(html|m?js|css|json)$/.test(f))) {
    let text = readFileSync(file, 'utf8');
    const before = text;
    for (const [old, next] of names) text = text.split(old).join(next);
    if (file.endsWith('index.html')) text = text.replace(/<title>/, `<title>${tag} `);
    if (text !== before) writeFileSync(file, text);
  }
  // The worker's list: index.html changed, so its revision does.
  const sw = join(dir, 'sw.js');
  const index = readFileSync(join(dir, 'index.html'));
  const revision = createHash('md5').update(index).digest('hex');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`));
  if (options.missing) for (const f of allFiles(dir)) if (options.missing.test(relative(dir, f))) rmSync(f);
  return {
    dir,
    renamed: (original) => original.replace(/([^/]+)$/, (base) => names.get(base) ?? base),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
