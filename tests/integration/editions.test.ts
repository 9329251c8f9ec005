/**
 * The two editions and the print edition, from the shared fixture build:
 * instructor material appears nowhere in the student site (HTML, scripts,
 * JSON, search index), the instructor site has all of it, and the PDF carries
 * every guide section, hint tier and solution, with an outline equal to its
 * contents and code that wraps.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuiltSite } from '../helpers/fixture-site.ts';
import { readPdf, type ReadPdf } from '../helpers/pdf.ts';
import { projectRoot } from '../helpers/run-verify.ts';

const MARKERS = ['MARKER_INSTRUCTOR_BLOCK', 'MARKER_GUIDE_FRONTMATTER', 'MARKER_GUIDE_BODY', 'MARKER_INSTRUCTOR_PAGE', 'MARKER_SOLUTION_SOURCE', 'MARKER_SYNTAX_INVENTORY', 'MARKER_ANSWER_KEY'];

let site: BuiltSite;
beforeAll(() => {
  site = inject('fixtureSite');
});

function files(dir: string, skip: (relative: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry);
      if (skip(path.relative(dir, full))) continue;
      if (statSync(full).isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(dir);
  return found;
}

/** A file's text, decompressing Pagefind's gzipped index files so they are searched too. */
function readable(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('latin1');
}

describe('the student site', () => {
  it('contains no instructor material anywhere: HTML, scripts, JSON, search index', () => {
    const student = files(site.dist, (relative) => relative === 'instructor');
    expect(student.some((f) => f.endsWith('.js'))).toBe(true);
    expect(student.some((f) => f.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    const leaks = student.flatMap((file) => MARKERS.filter((marker) => readable(file).includes(marker)).map((marker) => `${path.relative(site.dist, file)}: ${marker}`));
    expect(leaks).toEqual([]);
  });

  it('has no reference solution and no open hints', () => {
    const exercise = readFileSync(path.join(site.dist, 'module-1/1.1-fixture-basics/exercise/index.html'), 'utf8');
    expect(exercise).not.toContain('for (values) |value| total += value;');
    expect(exercise).not.toMatch(/<details[^>]*\bopen\b/);
  });
});

describe('the instructor site', () => {
  it('has every kind of instructor material (so the test above would catch a leak)', () => {
    const instructor = files(path.join(site.dist, 'instructor')).map(readable).join('\n');
    for (const marker of MARKERS) expect(instructor, marker).toContain(marker);
  });

  it('is marked noindex, opens every hint, and shows the verified solution', () => {
    const lesson = readFileSync(path.join(site.dist, 'instructor/module-1/1.1-fixture-basics/index.html'), 'utf8');
    expect(lesson).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(lesson).toContain('Instructor guide: 1.1 Fixture basics');
    const exercise = readFileSync(path.join(site.dist, 'instructor/module-1/1.1-fixture-basics/exercise/index.html'), 'utf8');
    expect(exercise.match(/<details class="hint" data-tier="\d" open/g)).toHaveLength(4);
    expect(exercise).toContain('Reference solution (instructors only)');
    expect(exercise).toContain('All 2 tests passed.');
  });

  it('keeps its own search index', () => {
    expect(statSync(path.join(site.dist, 'instructor/pagefind/pagefind.js')).isFile()).toBe(true);
  });
});

describe('the print edition', () => {
  let read: ReadPdf | undefined;
  const pdf = () => (read ??= readPdf(path.join(site.dist, 'instructor/print/module-1.pdf')));
  const text = () => pdf().text;
  const html = () => readFileSync(path.join(site.dist, 'instructor/print/module-1/index.html'), 'utf8');

  it('is one HTML document with a cover, numbered contents and unique ids', () => {
    const doc = html();
    expect(doc).toContain('Module 1: Fixture Module');
    expect(doc).toMatch(/Verified with<\/dt><dd>Zig 0\.17\.1/);
    expect(doc).toMatch(/the course as of \d{4}-\d{2}-\d{2} \(its last commit\)|an uncommitted copy/);
    const pages = [...doc.matchAll(/data-page-of="[^"]+">(\d*)<\/span>/g)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((n) => /^\d+$/.test(n!))).toBe(true);
    const ids = [...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc).not.toContain('class="site-header');
    expect(doc).not.toContain('class="sidebar');
  });

  it('prints every guide section, every hint tier and the solution, on a plausible number of pages', () => {
    const printed = text().replace(/\s+/g, ' ');
    for (const heading of ['Before teaching', 'never write code for the student', 'Your role', 'Lesson objectives', 'Prerequisites check', 'Common student questions', 'Misconception alerts', 'Exercise facilitation', 'Debugging support', 'Pacing notes']) {
      expect(printed, heading).toContain(heading);
    }
    for (const hint of ['What should the sum of an empty slice be?', 'Loop over the slice.', 'Keep a running total in a var .', 'Return the total after the loop.']) {
      expect(printed, hint).toContain(hint.replace(' var .', ' var'));
    }
    expect(printed).toContain('MARKER_SOLUTION_SOURCE');
    expect(printed).toContain('Reference solution');
    const pages = pdf().pageCount;
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThan(120);
  });

  it('wraps long code lines instead of cutting them off', () => {
    const layout = text();
    const start = layout.split('\n').findIndex((line) => line.includes('A deliberately long line'));
    expect(start).toBeGreaterThanOrEqual(0);
    // The end of the line is printed too, on a following line.
    const following = layout.split('\n').slice(start, start + 3).join(' ');
    expect(following).toContain('the_end_of_the_long_line');
    expect(layout.split('\n')[start]).not.toContain('the_end_of_the_long_line');
  });

  it('has an outline (bookmarks) that is exactly its table of contents', () => {
    const outline = pdf().outline.map(({ page, title }) => ({ page, title }));
    const contents = [...html().matchAll(/<span class="print-toc__title">([^<]*)<\/span><span class="print-toc__page" data-page-of="[^"]+">(\d+)<\/span>/g)].map((m) => ({ page: Number(m[2]), title: m[1]!.replace(/&#x26;/g, '&').trim() }));
    expect(contents.length).toBeGreaterThan(3);
    expect(outline).toEqual(contents);
  });

  it('saves two rendered pages as test artifacts', () => {
    const out = path.join(projectRoot, 'test-results', 'pdf');
    mkdirSync(out, { recursive: true });
    for (const index of [0, 1]) writeFileSync(path.join(out, `module-1-${index + 1}.png`), pdf().png(index, 60));
    expect(readdirSync(out).filter((f) => f.startsWith('module-1') && f.endsWith('.png')).length).toBe(2);
  });
});
