/**
 * Imports flow one way (README, "Where things happen"): the verifier
 * (scripts/) and the site (src/) import the course model (course/), never
 * each other, and course/ imports neither. The dev server's integration is the
 * one place the site may call the verifier.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../course/files.ts';

const root = path.join(import.meta.dirname, '..', '..');
const TOP = ['course', 'scripts', 'src'] as const;
/** Folders code may never reach into: tests import the code, not the other way round. */
const REACHABLE = [...TOP, 'tests'];
const ALLOWED = new Set(['src/integrations/dev-verify.ts → scripts']);

/** Every relative import of every code file, as "file → top-level folder it reaches". */
function crossImports(): string[] {
  const found: string[] = [];
  for (const top of TOP) {
    for (const full of listFiles(path.join(root, top), (name) => /\.(ts|mts|astro)$/.test(name))) {
      const file = path.relative(root, full).split(path.sep).join('/');
      const text = readFileSync(full, 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.relative(root, path.resolve(path.dirname(full), match[1]!)).split(path.sep)[0]!;
        if (target !== top && REACHABLE.includes(target)) found.push(`${file} → ${target}`);
      }
    }
  }
  return found;
}

describe('import direction', () => {
  const imports = crossImports();
  it('finds the imports it judges (so an empty list below means something)', () => {
    expect(imports.filter((i) => i.endsWith('→ course')).length).toBeGreaterThan(20);
  });
  it('course/ imports neither the verifier nor the site', () => {
    expect(imports.filter((i) => i.startsWith('course/'))).toEqual([]);
  });
  it('the verifier does not import the site', () => {
    expect(imports.filter((i) => i.startsWith('scripts/') && i.endsWith('→ src'))).toEqual([]);
  });
  it('no code imports the tests', () => {
    expect(imports.filter((i) => i.endsWith('→ tests'))).toEqual([]);
  });
  it('the site imports the verifier only from the dev server integration', () => {
    expect(imports.filter((i) => i.startsWith('src/') && i.endsWith('→ scripts') && !ALLOWED.has(i))).toEqual([]);
  });
});
