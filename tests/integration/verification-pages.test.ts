/**
 * From the shared fixture build: the instructor's verification status page
 * lists every block with its lesson, mode, outcome, Zig version and duration,
 * with totals; and every page of both editions (exercise pages and the print
 * edition included) states the Zig version its blocks were verified with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, type BuiltSite } from '../helpers/fixture-site.ts';

const site: BuiltSite = inject('fixtureSite');
const read = (page: string) => readFileSync(path.join(site.dist, page.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8');
const record = () => JSON.parse(readFileSync(path.join(site.course, 'snippets/verified/lessons/1.1-fixture-basics.json'), 'utf8')) as { entries: { id: string; durationMs: number; label: string }[] };

describe('the verification status page', () => {
  const html = () => read('/instructor/status/');
  const rows = () => [...html().matchAll(/<tr>\s*<td><code>([^<]+)<\/code><\/td>([\s\S]*?)<\/tr>/g)].map((m) => ({ id: m[1]!, cells: [...m[2]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()) }));

  it('has a row for every block and exercise run of the course', () => {
    const ids = rows().map((row) => row.id);
    expect(ids).toHaveLength(19);
    expect(ids).toEqual(expect.arrayContaining(['add-test', 'fixture-compile-error', 'exercises/1.1-sum#starter', 'exercises/1.1-sum#solution', 'lessons/1.1-fixture-basics#11']));
  });

  it('shows each block\'s lesson, place, mode, outcome, Zig version and duration', () => {
    const byId = new Map(rows().map((row) => [row.id, row.cells]));
    const add = record().entries.find((e) => e.id === 'add-test')!;
    expect(byId.get('add-test')).toEqual(['1.1 Fixture basics', expect.stringMatching(/^content\/lessons\/1\.1-fixture-basics\.mdx:\d+$/), 'test', add.label, '0.17.1', `${add.durationMs} ms`]);
    expect(byId.get('exercises/1.1-sum#solution')!.slice(0, 1)).toEqual(['Exercise 1.1']);
    expect(byId.get('exercises/1.1-sum#solution')![2]).toBe('test (instructor only)');
    expect(html()).toContain('href="/instructor/module-1/1.1-fixture-basics/exercise/"');
  });

  it('totals the blocks, the outcomes and the time', () => {
    expect(html()).toMatch(/19 blocks and exercise runs: 18 verified, 1 skipped, 0 without a record · Zig 0.17.1 · \d+\.\d s of compiling and running/);
    expect(html()).toMatch(/<tfoot>[\s\S]*Total[\s\S]*0\.17\.1[\s\S]*\d+\.\d s/);
  });
});

describe('the Zig version on every page', () => {
  it.each(['', 'instructor'])('is stated on every page of the %s edition', (under) => {
    const pages = htmlPages(site.dist, under).filter((page) => under || !page.startsWith('/instructor/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(read(page), page).toMatch(/Zig 0\.17\.1/);
  });

  it('is stated on exercise pages and in the print edition', () => {
    expect(read('/module-1/1.1-fixture-basics/exercise/')).toContain('compiled and run with <strong>Zig 0.17.1</strong>');
    expect(read('/instructor/print/module-1/')).toMatch(/Verified with<\/dt><dd>Zig 0\.17\.1/);
  });
});
