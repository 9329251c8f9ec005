import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { linkBlockIds, pageOfContentFile } from '../../src/lib/block-links.ts';

const links = new Map([
  ['l32-memcpy-lengths', '/instructor/module-3/3.2-pointers-and-slices/#block-l32-memcpy-lengths'],
  ['l26-defer-scope', '/instructor/module-2/2.6-defer/#block-l26-defer-scope'],
  ['l26-defer-scope-2', '/instructor/module-2/2.6-defer/#block-l26-defer-scope-2'],
]);
const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  linkBlockIds(tree, links);
  return toHtml(tree);
};

describe('linkBlockIds', () => {
  it('links inline code and plain-text mentions of a block id', () => {
    expect(run('<p>Show <code>l32-memcpy-lengths</code> and the l26-defer-scope-2 block, then l26-defer-scope.</p>')).toBe(
      '<p>Show <a href="/instructor/module-3/3.2-pointers-and-slices/#block-l32-memcpy-lengths" class="block-link"><code>l32-memcpy-lengths</code></a> and the <a href="/instructor/module-2/2.6-defer/#block-l26-defer-scope-2" class="block-link"><code>l26-defer-scope-2</code></a> block, then <a href="/instructor/module-2/2.6-defer/#block-l26-defer-scope" class="block-link"><code>l26-defer-scope</code></a>.</p>',
    );
  });

  it('leaves code blocks, existing links, unknown ids and parts of longer words alone', () => {
    const html = '<pre><code>l32-memcpy-lengths</code></pre><a href="#x">l32-memcpy-lengths</a><p>l99-nothing and xl32-memcpy-lengths</p>';
    expect(run(html)).toBe(html);
  });

  it("knows which page shows a content file's blocks", () => {
    expect(pageOfContentFile('content/lessons/3.2-pointers-and-slices.mdx')).toBe('/module-3/3.2-pointers-and-slices/');
    expect(pageOfContentFile('content/guides/3.2-pointers-and-slices.mdx')).toBe('/module-3/3.2-pointers-and-slices/');
    expect(pageOfContentFile('content/instructor/guidelines.mdx')).toBe('/guidelines/');
    expect(pageOfContentFile('content/exercises/3.2-token-buffers/exercise.mdx')).toBeUndefined();
  });
});
