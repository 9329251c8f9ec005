/**
 * The two editions and the print edition, from the shared fixture build:
 * instructor material appears nowhere in the student site (HTML, scripts,
 * JSON, search index), the instructor site has all of it, and the PDF carries
 * every guide section, hint tier and solution, with an outline equal to its
 * contents and code that wraps. The AI tutor's reading list (instructor/tutor/)
 * lists every lesson, guide and exercise, follows every Zig block with its
 * verified output, and archives exactly what it lists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Code, Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARCHIVE_NAME, ARCHIVE_ROOT } from '../../src/lib/tutor/names.ts';
import { untar } from '../../src/lib/tutor/tar.ts';
import type { BuiltSite } from '../helpers/fixture-site.ts';
import { pageContentLines, readPdf, type ReadPdf } from '../../scripts/lib/pdf.ts';
import { projectRoot } from '../helpers/run-verify.ts';

const MARKERS = [
  'MARKER_INSTRUCTOR_BLOCK',
  'MARKER_GUIDE_FRONTMATTER',
  'MARKER_GUIDE_BODY',
  'MARKER_INSTRUCTOR_PAGE',
  'MARKER_SOLUTION_SOURCE',
  'MARKER_SYNTAX_INVENTORY',
  'MARKER_ANSWER_KEY',
];

let site: BuiltSite;
beforeAll(() => {
  site = inject('fixtureSite');
});

/** The text of an mdast node. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

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
  it('has no file or link of the AI tutor reading list', () => {
    const student = files(site.dist, (relative) => relative === 'instructor').map((file) => path.relative(site.dist, file));
    expect(
      student.filter((file) => file.split(path.sep).includes('tutor') || file.endsWith('.md') || file.endsWith('llms.txt') || file.endsWith('.tar.gz')),
    ).toEqual([]);
    const mentions = student.filter((file) => /\btutor\/|llms\.txt|zig-for-python-developers-tutor/.test(readable(path.join(site.dist, file))));
    expect(mentions).toEqual([]);
  });

  it('contains no instructor material anywhere: HTML, scripts, JSON, search index', () => {
    const student = files(site.dist, (relative) => relative === 'instructor');
    expect(student.some((f) => f.endsWith('.js'))).toBe(true);
    expect(student.some((f) => f.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    const leaks = student.flatMap((file) =>
      MARKERS.filter((marker) => readable(file).includes(marker)).map((marker) => `${path.relative(site.dist, file)}: ${marker}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has no reference solution and no open hints', () => {
    const exercise = readFileSync(path.join(site.dist, 'module-1/1.1-fixture-basics/exercise/index.html'), 'utf8');
    expect(exercise).not.toContain('for (values) |value| total += value;');
    expect(exercise).not.toMatch(/<details[^>]*\bopen\b/);
  });
});

describe('the instructor site', () => {
  it('has every kind of instructor material (so the test above would catch a leak)', async () => {
    const instructor = files(path.join(site.dist, 'instructor')).map(readable).join('\n');
    for (const marker of MARKERS) expect(instructor, marker).toContain(marker);
    // The AI tutor's reading list carries all of it too, in its files and in its archive.
    const tutor = files(path.join(site.dist, 'instructor/tutor')).map(readable).join('\n');
    const archived = (await untar(gunzipSync(readFileSync(path.join(site.dist, 'instructor/tutor', ARCHIVE_NAME)))))
      .map((f) => Buffer.from(f.content).toString('utf8'))
      .join('\n');
    for (const marker of MARKERS) {
      expect(tutor, `tutor: ${marker}`).toContain(marker);
      expect(archived, `archive: ${marker}`).toContain(marker);
    }
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

describe("the instructor's demo files", () => {
  it('link every verified block of a lesson to the files it was verified from, and the student site has none', () => {
    const page = readFileSync(path.join(site.dist, 'instructor/module-1/1.1-fixture-basics/index.html'), 'utf8');
    const links = [...page.matchAll(/<a href="\/instructor(\/files\/[^"]+)" download="[^"]+">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(statSync(path.join(site.dist, 'instructor', link)).isFile(), link).toBe(true);
    // A block with hidden lines is served whole: the demo compiles as verified, not as shown.
    const hidden = readFileSync(path.join(site.dist, 'instructor/files/block-lessons-1-1-fixture-basics-3/hidden.zig'), 'utf8');
    expect(hidden).toContain('const std = @import("std");');
    expect(files(site.dist, (relative) => relative.startsWith('instructor')).some((file) => file.includes(`${path.sep}files${path.sep}`))).toBe(false);
    expect(readFileSync(path.join(site.dist, 'module-1/1.1-fixture-basics/index.html'), 'utf8')).not.toContain('code-frame__files');
  });
});

describe("the AI tutor's reading list", () => {
  const tutorDir = () => path.join(site.dist, 'instructor/tutor');
  const llms = () => readFileSync(path.join(tutorDir(), 'llms.txt'), 'utf8');
  /** The files llms.txt lists, in its order. */
  const listed = () =>
    [...llms().matchAll(/^- \[([^\]]+)\]\(([^)]+)\): \S/gm)].map((m) => {
      expect(m[2]).toBe(m[1]);
      return m[2]!;
    });
  const parse = (file: string): Root =>
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(readFileSync(path.join(tutorDir(), file), 'utf8'));
  const stem = (id: string) => id.replace(/^(\d+\.\d+)-/, '$1_');
  const ids = (folder: string) =>
    readdirSync(path.join(site.course, 'content', folder))
      .map((entry) => entry.replace(/\.mdx?$/, ''))
      .sort();

  it('lists every lesson, guide and exercise of the course in teaching order, and every listed file exists', () => {
    const paths = listed();
    const expected = [
      'modules/INSTRUCTOR_GUIDELINES.md',
      'modules/PEDAGOGICAL_FRAMEWORK.md',
      'syntax_inventory.md',
      ...ids('lessons').map((id) => `lessons/${stem(id)}.md`),
      ...ids('guides').map((id) => `guides/${stem(id)}.md`),
      ...ids('exercises').map((id) => `exercises/${stem(id)}/prompt.md`),
    ];
    for (const file of expected) expect(paths, file).toContain(file);
    expect(new Set(paths).size).toBe(paths.length);
    // Teaching order: a lesson, then its guide, then its exercise.
    expect(paths.indexOf('lessons/1.1_fixture-basics.md')).toBeLessThan(paths.indexOf('guides/1.1_fixture-basics.md'));
    expect(paths.indexOf('guides/1.1_fixture-basics.md')).toBeLessThan(paths.indexOf('exercises/1.1_sum/prompt.md'));
    // Every listed file exists, and nothing is published that llms.txt does not list.
    const published = files(tutorDir())
      .map((file) => path.relative(tutorDir(), file).split(path.sep).join('/'))
      .sort();
    expect(published).toEqual([...paths, 'llms.txt', ARCHIVE_NAME].sort());
    expect(llms()).toMatch(/^# .+\n\n> .+/);
    expect(readFileSync(path.join(site.dist, 'instructor/index.html'), 'utf8')).toContain(`href="/instructor/tutor/${ARCHIVE_NAME}"`);
  });

  it('follows every zig block with its verified output: the command, the outcome, the output', () => {
    let blocks = 0;
    const problems: string[] = [];
    for (const file of listed()) {
      visit(parse(file), (node: Nodes, index, parent) => {
        if (node.type !== 'code' || node.lang !== 'zig' || !parent || index === undefined) return;
        blocks++;
        const where = `${file}:${node.position?.start.line}`;
        if (/hide-(start|end)|^\s*\/\/ hide/m.test(node.value)) problems.push(`${where}: hidden lines shown`);
        // An exercise's files share one run: the output follows the last of them.
        let next = index + 1;
        while (parent.children[next]?.type === 'code' && (parent.children[next] as Code).lang === 'zig') next++;
        const label = parent.children[next] as Paragraph | undefined;
        const outcome = label?.type === 'paragraph' ? textOf(label) : '';
        if (/^Not verified: \S/.test(outcome)) return;
        const transcript = parent.children[next + 1] as Code | undefined;
        if (!/^Verified with Zig \d+\.\d+\.\d+ · \S.*:$/.test(outcome)) problems.push(`${where}: no outcome line after the block (found "${outcome}")`);
        else if (transcript?.type !== 'code' || transcript.lang !== 'text' || !/^\$ zig (test|run) \S+\.zig(\n|$)/.test(transcript.value))
          problems.push(`${where}: no transcript after the outcome`);
      });
    }
    expect(problems).toEqual([]);
    // The fixture lesson alone has more than a dozen blocks; the exercise adds its files, solution and runs.
    expect(blocks).toBeGreaterThan(15);
  });

  it('shows the code the reader sees and the output the site shows', () => {
    const lesson = readFileSync(path.join(tutorDir(), 'lessons/1.1_fixture-basics.md'), 'utf8');
    expect(lesson).toContain('Verified with Zig 0.17.1 · compile error, as expected:\n\n```text\n$ zig test overflow.zig\n');
    expect(lesson).toContain("error: type 'u8' cannot represent integer value '300'");
    expect(lesson).toContain('const Counter = struct'); // an include= region, resolved
    expect(lesson).not.toContain('hide-start');
    expect(lesson).toContain('> **Instructor note (not shown to students):**');
    expect(lesson).toMatch(/> \*\*Note:\*\* In an MDX component:/);
    expect(lesson).not.toMatch(/<Callout|:::|::exercise-files/);
    const guide = readFileSync(path.join(tutorDir(), 'guides/1.1_fixture-basics.md'), 'utf8');
    const sections = [
      'Before teaching',
      'Learning through struggle',
      'Your role',
      'Lesson objectives',
      'Prerequisites check',
      'New in this lesson',
      'Teaching Approach',
      'Common student questions',
      'Misconception alerts',
      'Exercise facilitation',
      'Debugging support',
      'Pacing notes',
    ];
    const at = sections.map((heading) => guide.search(new RegExp(`^#+ ${heading}`, 'm')));
    expect(
      at.every((i) => i >= 0),
      `${sections.filter((_, i) => at[i]! < 0)}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const hint of [
      'What should the sum of an empty slice be?',
      'Loop over the slice.',
      'Keep a running total in a `var`.',
      'Return the total after the loop.',
    ]) {
      expect(guide, hint).toContain(hint);
    }
    const prompt = readFileSync(path.join(tutorDir(), 'exercises/1.1_sum/prompt.md'), 'utf8');
    for (const part of [
      '```zig title="sum.zig"',
      '```zig title="sum_test.zig"',
      '$ zig test sum_test.zig',
      'FAIL (NotImplemented)',
      '### Hint 4 of 4',
      '## Reference solution (instructors only)',
      'All 2 tests passed.',
    ]) {
      expect(prompt, part).toContain(part);
    }
  });

  it('is one deterministic archive of exactly the listed files', async () => {
    const bytes = readFileSync(path.join(tutorDir(), ARCHIVE_NAME));
    expect(bytes.readUInt32LE(4)).toBe(0); // gzip header: no timestamp
    const entries = await untar(gunzipSync(bytes));
    expect(entries.map((e) => e.path)).toEqual(['llms.txt', ...listed()].map((file) => `${ARCHIVE_ROOT}/${file}`));
    for (const entry of entries) {
      const file = path.join(tutorDir(), entry.path.slice(ARCHIVE_ROOT.length + 1));
      expect(existsSync(file), entry.path).toBe(true);
      expect(Buffer.from(entry.content).equals(readFileSync(file)), entry.path).toBe(true);
    }
    // An independent reader agrees: GNU tar lists the same entries, owned by root with one mtime.
    const listing = execFileSync('tar', ['-tvzf', path.join(tutorDir(), ARCHIVE_NAME)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(listing.map((line) => line.split(/\s+/).pop())).toEqual(entries.map((e) => e.path));
    expect(
      new Set(
        listing.map((line) =>
          line
            .split(/\s+/)
            .slice(0, 5)
            .filter((_, i) => i !== 2)
            .join(' '),
        ),
      ).size,
    ).toBe(1);
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
    for (const heading of [
      'Before teaching',
      'never write code for the student',
      'Your role',
      'Lesson objectives',
      'Prerequisites check',
      'Common student questions',
      'Misconception alerts',
      'Exercise facilitation',
      'Debugging support',
      'Pacing notes',
    ]) {
      expect(printed, heading).toContain(heading);
    }
    for (const hint of [
      'What should the sum of an empty slice be?',
      'Loop over the slice.',
      'Keep a running total in a var .',
      'Return the total after the loop.',
    ]) {
      expect(printed, hint).toContain(hint.replace(' var .', ' var'));
    }
    expect(printed).toContain('MARKER_SOLUTION_SOURCE');
    expect(printed).toContain('Reference solution');
    const pages = pdf().pageCount;
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThan(120);
  });

  it('has no page that carries only a heading, or two lines or fewer (running header and page number aside)', () => {
    const thin = pdf()
      .pageTexts.map((text, i) => ({
        page: i + 1,
        lines: pageContentLines(text),
      }))
      .filter(({ lines }) => lines.length <= 2);
    expect(thin).toEqual([]);
  });

  it('wraps long code lines instead of cutting them off', () => {
    const layout = text();
    const start = layout.split('\n').findIndex((line) => line.includes('A deliberately long line'));
    expect(start).toBeGreaterThanOrEqual(0);
    // The end of the line is printed too, on a following line.
    const following = layout
      .split('\n')
      .slice(start, start + 3)
      .join(' ');
    expect(following).toContain('the_end_of_the_long_line');
    expect(layout.split('\n')[start]).not.toContain('the_end_of_the_long_line');
  });

  it('has an outline (bookmarks) that is exactly its table of contents', () => {
    const outline = pdf().outline.map(({ page, title }) => ({ page, title }));
    const contents = [
      ...html().matchAll(/<span class="print-toc__title">([^<]*)<\/span><span class="print-toc__page" data-page-of="[^"]+">(\d+)<\/span>/g),
    ].map((m) => ({ page: Number(m[2]), title: m[1]!.replace(/&#x26;/g, '&').trim() }));
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
