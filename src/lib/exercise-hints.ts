/**
 * The hint tiers of an exercise as HTML, for the instructor guide and the print
 * edition, which list the four hints next to the teaching notes. Reads the
 * exercise's own source (the ladder is authored once, in exercise.mdx) with
 * the verifier's parser, so positions match and Zig blocks inside a hint get
 * their verified frames.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { BlockContent, Code, DefinitionContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { ContentError } from '../../scripts/verify/errors.ts';
import { parseMarkdown } from '../../scripts/verify/extract/parse-markdown.ts';
import { getHighlighter } from './highlight.ts';
import { renderPlainFrame, renderZigFrame } from './render-code-frame.ts';
import type { VerifiedBlocks } from './verified-blocks.ts';

/** HTML of each tier, in order; empty when the exercise has no ladder. */
export async function exerciseHints(file: string, source: string, blocks: VerifiedBlocks): Promise<string[]> {
  const tree = parseMarkdown(source, file);
  const ladder = tree.children.find((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'hints');
  if (!ladder) return [];
  const shiki = await getHighlighter();
  const tiers = ladder.children.filter((child): child is ContainerDirective => child.type === 'containerDirective' && child.name === 'hint');
  return tiers.map((tier) => {
    const body: Root = {
      type: 'root',
      children: tier.children.filter((child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) as (
        BlockContent | DefinitionContent
      )[],
    };
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
