/**
 * Authored memory layouts (```memory-layout): the description becomes an
 * accessible inline SVG, drawn wide and compact, with a text alternative, and
 * a mistake in it fails the build, located. Snapshots of the layouts of
 * Module 3 (fixture copies) and of Module 1 (read from the lessons, with their
 * cells checked against the lessons' real verified record).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../course/errors.ts';
import type { RecordFile } from '../../course/record/record-schema.ts';
import type { VerifiedBlocks } from '../../src/lib/verified-blocks.ts';
import { recordOf, renderMarkdown } from '../helpers/markdown-processor.ts';

const fence = (lesson: string) => readFileSync(new URL(`./fixtures/layout-${lesson}.md`, import.meta.url), 'utf8');

const lessons = { '1.2': 'lessons/1.2-values-and-types', '1.4': 'lessons/1.4-arrays-and-for-loops' } as const;
const repo = (file: string) => new URL(`../../${file}`, import.meta.url);

/** The memory-layout fence of a lesson, as written there. */
function lessonFence(lesson: keyof typeof lessons): string {
  const source = readFileSync(repo(`content/${lessons[lesson]}.mdx`), 'utf8');
  const found = /^```memory-layout[^\n]*\n[\s\S]*?^```$/m.exec(source);
  if (!found) throw new Error(`no memory-layout fence in ${lesson}`);
  return found[0];
}

/** The course's blocks as the build sees them, from the committed record of the given lessons (outputs and commands only). */
function recordBlocks(...files: string[]): VerifiedBlocks {
  const entries = files.flatMap((file) => (JSON.parse(readFileSync(repo(`snippets/verified/${file}.json`), 'utf8')) as RecordFile).entries);
  return { ...recordOf({}), entries: () => entries.map((entry) => ({ unit: { id: entry.id }, entry })) as unknown as ReturnType<VerifiedBlocks['entries']> };
}
const moduleOne = () => recordBlocks(lessons['1.2'], lessons['1.4']);

async function renderFailure(markdown: string, blocks?: VerifiedBlocks): Promise<string> {
  try {
    await renderMarkdown(markdown, blocks ? { blocks } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected an error');
}

describe('remark-layout-diagrams', () => {
  it.each(['3.2', '3.5', '3.7'])('draws the %s layout (snapshot)', async (lesson) => {
    const html = await renderMarkdown(fence(lesson));
    await expect(html).toMatchFileSnapshot(`__snapshots__/layout-${lesson}.html`);
  });

  it.each(['1.2', '1.4'] as const)('draws the %s layout from the lesson, its cells checked against the record (snapshot)', async (lesson) => {
    const html = await renderMarkdown(lessonFence(lesson), { blocks: moduleOne() });
    expect(html).toContain('its numbers are checked against the verified output of <code>');
    await expect(html).toMatchFileSnapshot(`__snapshots__/layout-${lesson}.html`);
  });

  it('is an accessible image with a title, a description and a list, and no inline style, in both drawings', async () => {
    const html = await renderMarkdown(fence('3.2'));
    expect(html.match(/data-diagram="layout"/g)).toHaveLength(2);
    expect(html).toContain('class="layout-diagram__svg layout-diagram__svg--wide"');
    expect(html).toContain('class="layout-diagram__svg layout-diagram__svg--compact"');
    expect(html).toContain('role="img" aria-labelledby="layout-l32-slice-into-heap-title layout-l32-slice-into-heap-desc"');
    expect(html).toContain('role="img" aria-labelledby="layout-l32-slice-into-heap-compact-title layout-l32-slice-into-heap-compact-desc"');
    expect(html).toContain('<title id="layout-l32-slice-into-heap-title">A slice on the stack, pointing into floats on the heap</title>');
    expect(html).toContain('<title id="layout-l32-slice-into-heap-compact-title">A slice on the stack, pointing into floats on the heap</title>');
    expect(html).toContain('<li>stack frame of main, cell 0 (logits.ptr) → heap, cell 0 (0.25): logits</li>');
    expect(html).toContain('A layout drawn by hand');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain('<pre');
  });

  it('fails, located, on a description that does not fit', async () => {
    const bad = (body: string) => renderFailure(`# T\n\n\`\`\`memory-layout\n${body}\n\`\`\`\n`);
    expect(await bad('title: x\nboxes: []')).toContain('content/lessons/1.1-test.mdx:3:1: error: memory-layout: boxes');
    expect(await bad('title: x\nboxes:\n  - { id: a, label: A, cells: [x] }\narrows:\n  - { from: a.0, to: b }')).toContain('arrow end "b" names no box');
    expect(await bad('title: [unclosed')).toContain('the description is not YAML');
    expect(await bad('title: x\ncolour: red\nboxes:\n  - { id: a, label: A, cells: [x] }')).toContain('memory-layout:');
  });

  it("fails, located, when a checked box's cells are not what the block printed, or the block is not there", async () => {
    const lesson = lessonFence('1.2');
    // One bit of 250 changed: 11111011 is 251, which the run never printed.
    const wrongBit = lesson.replace('cells: ["1", "1", "1", "1", "1", "0", "1", "0"]', 'cells: ["1", "1", "1", "1", "1", "0", "1", "1"]');
    expect(wrongBit).not.toBe(lesson);
    const message = await renderFailure(`# T\n\n${wrongBit}\n`, moduleOne());
    expect(message).toContain(
      'content/lessons/1.1-test.mdx:3:1: error: memory-layout: box "bright" shows "250 = 11111011", which the verified output of [l12-wrap-bits] (zig run bits.zig) does not contain; it prints: 250 = 11111010',
    );
    // The same fence with no record of the block, and with a name no block has.
    expect(await renderFailure(`# T\n\n${lesson}\n`, recordBlocks(lessons['1.4']))).toContain(
      'box "bright" is checked against block "l12-wrap-bits", but no block has that name',
    );
    const stale = { ...recordOf({}), entries: () => [{ unit: { id: 'l12-wrap-bits' }, entry: undefined }] } as unknown as VerifiedBlocks;
    expect(await renderFailure(`# T\n\n${lesson}\n`, stale)).toContain('which has no verified result for its current code: run `npm run verify`');
    // A join that differs from the printed one fails too: the output of 1.4 separates elements with ", ".
    const joined = lessonFence('1.4').replace('join: ", "', 'join: " "');
    expect(await renderFailure(`# T\n\n${joined}\n`, moduleOne())).toContain('box "logits" shows "logits: { 2 -1 0.5 3 }"');
  });
});
