import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseLayout, loadCourse } from '../../scripts/verify/extract/load-course.ts';
import { fileParseCache, type ParseCache } from '../../scripts/verify/extract/parse-cache.ts';
import { fixturesDir } from '../helpers/run-verify.ts';

describe('the parse cache', () => {
  const layout = courseLayout(path.join(fixturesDir, 'course'));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'parse-cache-')), 'parsed.json');

  it('gives exactly what parsing gives, and serves every file from the cache the second time', () => {
    const fresh = loadCourse(layout);
    const first = fileParseCache(file);
    expect(loadCourse(layout, first)).toEqual(fresh);
    first.save();
    const stored = Object.keys(JSON.parse(readFileSync(file, 'utf8')));
    expect(stored.length).toBe(fresh.files.length);

    const second = fileParseCache(file);
    let misses = 0;
    const counting: ParseCache = {
      get: (syntax, text) => second.get(syntax, text),
      set: (syntax, text, parsed) => (misses++, second.set(syntax, text, parsed)),
    };
    expect(loadCourse(layout, counting)).toEqual(fresh);
    expect(misses).toBe(0);
  });

  it('misses on any change of text, and keeps Markdown and MDX apart', () => {
    const cache = fileParseCache(file);
    expect(cache.get('mdx', '# never seen\n')).toBeUndefined();
    cache.set('md', '# seen as md\n', { fences: [], hintProblems: [] });
    expect(cache.get('md', '# seen as md\n')).toEqual({ fences: [], hintProblems: [] });
    expect(cache.get('mdx', '# seen as md\n')).toBeUndefined();
  });
});
