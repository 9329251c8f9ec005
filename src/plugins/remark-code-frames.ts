/** Frames every non-Zig fence (Python, shell, text) with a title and copy button, highlighted at build time. */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { getHighlighter } from '../lib/highlight.ts';
import { fenceTitle, renderPlainFrame } from '../lib/render-code-frame.ts';
import { replaceWithHast } from './replace-with-hast.ts';

export function remarkCodeFrames() {
  return async function transform(tree: Root): Promise<void> {
    const found: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'zig' && parent && index !== undefined) found.push({ node, index, parent });
    });
    if (!found.length) return;
    const shiki = await getHighlighter();
    for (const { node, index, parent } of found) {
      replaceWithHast(parent, index, renderPlainFrame(shiki, node.value, node.lang ?? 'text', fenceTitle(node.meta)));
    }
  };
}
