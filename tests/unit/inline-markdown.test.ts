import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../src/lib/inline-markdown.ts';

describe('inlineMarkdown', () => {
  it('renders code, emphasis and links inline, without a wrapping paragraph', () => {
    expect(inlineMarkdown('Call `allocator.free(x)` *once*, see [the docs](https://ziglang.org).')).toBe(
      'Call <code>allocator.free(x)</code> <em>once</em>, see <a href="https://ziglang.org">the docs</a>.',
    );
  });
  it('escapes text and drops raw HTML', () => {
    const html = inlineMarkdown('a < b & <script>alert(1)</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('a &#x3C; b &#x26;');
  });
  it('keeps several paragraphs as paragraphs', () => {
    expect(inlineMarkdown('one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });
});
