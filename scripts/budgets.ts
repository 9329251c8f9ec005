/**
 * `npm run budgets`: what a lesson page costs a learner, gzip-compressed, per
 * page: its HTML, the stylesheets it links, and the scripts it loads (with
 * their static imports). Search is excluded: it loads only when opened.
 * Budgets: JavaScript ≤ 15 KB, CSS ≤ 20 KB, HTML ≤ 40 KB. Exits 1 when a page
 * is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(projectRoot, 'dist'));
const KB = 1024;
const budgets = { js: 15 * KB, css: 20 * KB, html: 40 * KB };

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function lessonPages(): string[] {
  const modules = readdirSync(dist).filter((entry) => entry.startsWith('module-') && statSync(path.join(dist, entry)).isDirectory());
  const pages: string[] = [];
  for (const module of modules.sort()) {
    for (const lesson of readdirSync(path.join(dist, module)).sort()) {
      for (const page of [path.join(dist, module, lesson, 'index.html'), path.join(dist, module, lesson, 'exercise', 'index.html')]) {
        if (existsSync(page)) pages.push(page);
      }
    }
  }
  return pages;
}

/** A script and everything it imports statically (dynamic imports load on demand and are not counted). */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    scriptClosure(path.resolve(path.dirname(file), match[1]!), seen);
  }
  return seen;
}

function assetPath(url: string): string {
  return path.join(dist, url.replace(/^\//, ''));
}

function measure(page: string) {
  const html = readFileSync(page, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => assetPath(m[1]!));
  const scripts = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*src="([^"]+)"/g)) for (const file of scriptClosure(assetPath(match[1]!))) scripts.add(file);
  return {
    page: `/${path.relative(dist, page).replace(/index\.html$/, '')}`,
    html: gzipped(page),
    css: css.reduce((sum, file) => sum + gzipped(file), 0),
    js: [...scripts].reduce((sum, file) => sum + gzipped(file), 0),
  };
}

const rows = lessonPages().map(measure);
if (!rows.length) {
  console.error(`budgets: no lesson pages in ${dist} (run npm run build first)`);
  process.exit(2);
}
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const over = (row: (typeof rows)[number]) => (['js', 'css', 'html'] as const).filter((kind) => row[kind] > budgets[kind]);
console.log(`page budgets (gzip): JS ≤ ${kb(budgets.js)}, CSS ≤ ${kb(budgets.css)}, HTML ≤ ${kb(budgets.html)}; search excluded (loads on demand)\n`);
console.log(['page'.padEnd(58), 'JS'.padStart(9), 'CSS'.padStart(9), 'HTML'.padStart(9), ''].join(' '));
for (const row of rows) {
  const problems = over(row);
  console.log(
    [
      row.page.padEnd(58),
      kb(row.js).padStart(9),
      kb(row.css).padStart(9),
      kb(row.html).padStart(9),
      problems.length ? `OVER: ${problems.join(', ')}` : 'ok',
    ].join(' '),
  );
}
const failing = rows.filter((row) => over(row).length);
console.log(
  `\n${rows.length} pages, ${failing.length} over budget; largest HTML ${kb(Math.max(...rows.map((r) => r.html)))}, JS ${kb(Math.max(...rows.map((r) => r.js)))}, CSS ${kb(Math.max(...rows.map((r) => r.css)))}`,
);
process.exitCode = failing.length ? 1 : 0;
