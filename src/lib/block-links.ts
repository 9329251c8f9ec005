/**
 * Guides and instructor pages name blocks by their ids (`l32-memcpy-lengths`):
 * in the instructor edition such a name becomes a link to the block's frame,
 * so an instructor preparing a session jumps to it instead of searching.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VerifiedBlocks } from './verified-blocks.ts';
import { frameId } from './render-code-frame.ts';
import { INSTRUCTOR_BASE } from './site-env.ts';

/** The page (site path, without base) a content file's blocks are shown on; undefined for files with no page of their own. */
export function pageOfContentFile(sourceFile: string): string | undefined {
  const lesson = /^content\/(?:lessons|guides)\/((\d+)\.\d+-[^/]+)\.mdx?$/.exec(sourceFile);
  if (lesson) return `/module-${lesson[2]}/${lesson[1]}/`;
  const page = /^content\/(?:instructor|pages)\/([^/]+)\.mdx?$/.exec(sourceFile);
  return page ? (page[1] === 'home' ? '/' : `/${page[1]}/`) : undefined;
}

/** Block id → its frame's address in the instructor edition, for every block shown on a page. */
export function instructorBlockLinks(blocks: VerifiedBlocks): Map<string, string> {
  const links = new Map<string, string>();
  for (const { unit } of blocks.entries()) {
    if (unit.kind !== 'fence') continue;
    const page = pageOfContentFile(unit.sourceFile);
    // Course pages (how-to-use, home) exist only in the student site.
    const base = /^content\/pages\//.test(unit.sourceFile) ? '' : INSTRUCTOR_BASE;
    if (page) links.set(unit.id, `${base}${page}#${frameId(unit)}`);
  }
  return links;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links every mention of a block id: inline `code` whose text is an id, and an
 * id written in plain text (shown as code), outside links and code blocks.
 */
export function linkBlockIds(tree: Root | Element, links: Map<string, string>): void {
  if (!links.size) return;
  // Longest first, so `l26-defer-scope-2` is not read as `l26-defer-scope`; ids are whole words.
  const ids = [...links.keys()].sort((a, b) => b.length - a.length).map(escape);
  const mention = new RegExp(`(?<![\\w-])(${ids.join('|')})(?![\\w-])`, 'g');
  const link = (id: string, code: Element): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { href: links.get(id)!, className: ['block-link'] },
    children: [code],
  });
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (node.tagName === 'a' || node.tagName === 'pre')) return SKIP;
    if (!parent || index === undefined) return;
    if (node.type === 'element' && node.tagName === 'code') {
      const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
      if (text !== undefined && links.has(text)) parent.children[index] = link(text, node);
      return SKIP;
    }
    if (node.type !== 'text') return;
    const parts = node.value.split(mention);
    if (parts.length === 1) return;
    // split() with one capture group alternates text, id, text, …
    const replacement = parts.flatMap((part, i): ElementContent[] => {
      if (i % 2 === 0) return part ? [{ type: 'text', value: part }] : [];
      return [link(part, { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: part }] })];
    });
    (parent.children as ElementContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}
