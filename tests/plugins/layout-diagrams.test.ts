/**
 * Authored memory layouts (```memory-layout): the description becomes an
 * accessible inline SVG with a text alternative, and a mistake in it fails
 * the build, located. Snapshots of the three layouts Module 3 uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../course/errors.ts';
import { renderMarkdown } from '../helpers/markdown-processor.ts';

const fence = (lesson: string) => readFileSync(new URL(`./fixtures/layout-${lesson}.md`, import.meta.url), 'utf8');

describe('remark-layout-diagrams', () => {
  it.each(['3.2', '3.5', '3.7'])('draws the %s layout (snapshot)', async (lesson) => {
    const html = await renderMarkdown(fence(lesson));
    await expect(html).toMatchFileSnapshot(`__snapshots__/layout-${lesson}.html`);
  });

  it('is an accessible image with a title, a description and a list, and no inline style', async () => {
    const html = await renderMarkdown(fence('3.2'));
    expect(html).toContain('data-diagram="layout"');
    expect(html).toContain('role="img" aria-labelledby="layout-l32-slice-into-heap-title layout-l32-slice-into-heap-desc"');
    expect(html).toContain('<title id="layout-l32-slice-into-heap-title">A slice on the stack, pointing into floats on the heap</title>');
    expect(html).toContain('<li>stack frame of main, cell 0 (logits.ptr) → heap, cell 0 (0.25): logits</li>');
    expect(html).toContain('A layout drawn by hand');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain('<pre');
  });

  it('fails, located, on a description that does not fit', async () => {
    const bad = async (body: string) => {
      try {
        await renderMarkdown(`# T\n\n\`\`\`memory-layout\n${body}\n\`\`\`\n`);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        return (error as ContentError).message;
      }
      throw new Error('expected an error');
    };
    expect(await bad('title: x\nboxes: []')).toContain('content/lessons/1.1-test.mdx:3:1: error: memory-layout: boxes');
    expect(await bad('title: x\nboxes:\n  - { id: a, label: A, cells: [x] }\narrows:\n  - { from: a.0, to: b }')).toContain('arrow end "b" names no box');
    expect(await bad('title: [unclosed')).toContain('the description is not YAML');
    expect(await bad('title: x\ncolour: red\nboxes:\n  - { id: a, label: A, cells: [x] }')).toContain('memory-layout:');
  });
});
