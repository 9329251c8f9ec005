import { describe, expect, it } from 'vitest';
import { renderError, renderMarkdown } from '../helpers/markdown-processor.ts';

const withNote = 'Before.\n\n:::instructor\nAsk what the arena frees. SECRET_NOTE\n:::\n\nAfter.';

describe('remark-instructor-notes', () => {
  it('drops instructor notes from the student edition entirely', async () => {
    const html = await renderMarkdown(withNote);
    expect(html).not.toContain('SECRET_NOTE');
    expect(html).toBe('<p>Before.</p>\n<p>After.</p>');
  });
  it('shows them as an aside in the instructor edition', async () => {
    await expect(await renderMarkdown(withNote, { edition: 'instructor' })).toMatchFileSnapshot('__snapshots__/instructor-note.html');
  });
});

describe('asides and unknown directives', () => {
  it('renders note, tip and caution asides', async () => {
    await expect(await renderMarkdown(':::tip\nFree in reverse order.\n:::\n\n:::caution[Careful]\nNot thread-safe.\n:::')).toMatchFileSnapshot(
      '__snapshots__/asides.html',
    );
  });
  it('turns prose read as a text directive back into text', async () => {
    expect(await renderMarkdown('Meet at 3:30 or ratio:high today.')).toBe('<p>Meet at 3:30 or ratio:high today.</p>');
  });
  it('rejects an unknown block directive, located', async () => {
    expect((await renderError('# T\n\n:::warning\nx\n:::')).split('\n')[0]).toBe('content/lessons/1.1-test.mdx:3:1: error: unknown directive ":::warning"');
  });
});

describe('rehype-heading-anchors', () => {
  it('gives headings ids and a self-link beside them', async () => {
    await expect(await renderMarkdown('## For Python Developers\n\n### Key `errdefer` insight\n\n## For Python Developers')).toMatchFileSnapshot(
      '__snapshots__/heading-anchors.html',
    );
  });
});
