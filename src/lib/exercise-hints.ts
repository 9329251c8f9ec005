/**
 * The hint tiers of an exercise as HTML, for the instructor guide and the print
 * edition, which list the four hints next to the teaching notes. The tiers
 * come from the course loader (the ladder is authored once, in exercise.mdx,
 * and parsed once, by the verifier's parser), so positions match and Zig
 * blocks inside a hint get their verified frames.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { ContentError } from '../../course/errors.ts';
import { getHighlighter } from './highlight.ts';
import { renderPlainFrame, renderZigFrame } from './render-code-frame.ts';
import type { VerifiedBlocks } from './verified-blocks.ts';

/** HTML of each tier, in order; empty when the exercise has no ladder. */
export async function exerciseHints(file: string, blocks: VerifiedBlocks): Promise<string[]> {
  const tiers = blocks.hintTiers(file);
  if (!tiers.length) return [];
  const shiki = await getHighlighter();
  return tiers.map((tier) => {
    // A copy: the loader's tree is shared by every page that lists these hints.
    const body: Root = structuredClone(tier);
    visit(body, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      let element: Element;
      if (node.lang === 'zig') {
        const view = blocks.fence(file, node.position!.start.line);
        if (!view || view instanceof ContentError) throw view ?? new Error(`${file}:${node.position!.start.line}: unverified block in a hint`);
        element = renderZigFrame(shiki, view);
      } else {
        element = renderPlainFrame(shiki, node.value, node.lang ?? 'text');
      }
      parent.children[index] = { type: 'html', value: toHtml(element) } as never;
    });
    return toHtml(toHast(body, { allowDangerousHtml: true }) as HastRoot, { allowDangerousHtml: true });
  });
}
