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
const record = () =>
  JSON.parse(readFileSync(path.join(site.course, 'snippets/verified/lessons/1.1-fixture-basics.json'), 'utf8')) as {
    entries: { id: string; durationMs: number; label: string }[];
  };

describe('the verification status page', () => {
  const html = () => read('/instructor/status/');
  const rows = () =>
    [...html().matchAll(/<tr[^>]*>\s*<td><code>([^<]+)<\/code><\/td>([\s\S]*?)<\/tr>/g)].map((m) => ({
      id: m[1]!,
      cells: [...m[2]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()),
    }));

  it('has a row for every block and exercise run of the course', () => {
    const ids = rows().map((row) => row.id);
    expect(ids).toHaveLength(19);
    expect(ids).toEqual(
      expect.arrayContaining(['add-test', 'fixture-compile-error', 'exercises/1.1-sum#starter', 'exercises/1.1-sum#solution', 'lessons/1.1-fixture-basics#11']),
    );
  });

  it("groups the blocks by lesson, and shows each block's place, mode, outcome and duration", () => {
    const byId = new Map(rows().map((row) => [row.id, row.cells]));
    const add = record().entries.find((e) => e.id === 'add-test')!;
    expect(byId.get('add-test')).toEqual([
      expect.stringMatching(/^content\/lessons\/1\.1-fixture-basics\.mdx:\d+$/),
      'test',
      add.label,
      `${add.durationMs} ms`,
    ]);
    expect(byId.get('exercises/1.1-sum#solution')![1]).toBe('test (instructor only)');
    // The lesson's blocks and its exercise's runs sit in one section, headed by a link to the lesson.
    const section = /<h2 id="status-1-1"><a href="\/instructor\/module-1\/1\.1-fixture-basics\/">1\.1 Fixture basics<\/a><\/h2>([\s\S]*?)<\/section>/.exec(
      html(),
    )?.[1];
    expect(section).toBeDefined();
    for (const id of ['add-test', 'exercises/1.1-sum#starter', 'exercises/1.1-sum#solution']) expect(section).toContain(`<code>${id}</code>`);
  });

  it('totals the blocks, the outcomes and the time, and states the Zig version once', () => {
    expect(html()).toMatch(
      /19 blocks and exercise runs: 18 verified, 1 skipped, 0 without a record, all with Zig 0.17.1 unless a row says otherwise · \d+\.\d s of compiling and running/,
    );
    const tables = [...html().matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]).join('');
    expect(tables).toContain('<code>add-test</code>');
    expect(tables).not.toContain('0.17.1');
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
