/**
 * Markdown in the short strings of structured frontmatter (guide fields,
 * syntax inventory cells): `code`, *emphasis*, **strong** and links become
 * HTML, parsed by the same remark parser (with GFM) as the course's pages.
 * Raw HTML in a string is dropped, never passed through.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { linkBlockIds } from './block-links.ts';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * HTML for one string: a lone paragraph is unwrapped, so the result fits inside a <td>, <li> or <p>.
 * With `blockLinks`, inline code naming a block links to it (see block-links.ts).
 */
export function inlineMarkdown(source: string, blockLinks?: Map<string, string>): string {
  const hast = toHast(parser.parse(source) as Root) as HastRoot;
  if (blockLinks) linkBlockIds(hast, blockLinks);
  const elements = hast.children.filter((child) => child.type === 'element');
  const only = elements.length === 1 && elements[0]!.tagName === 'p' ? elements[0]! : undefined;
  return toHtml(only ? { type: 'root', children: only.children } : hast);
}
