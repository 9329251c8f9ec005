/**
 * Gives every h2–h4 of the content a stable id and a link to itself, placed
 * beside the heading (not inside it) so tables of contents stay clean.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export function rehypeHeadingAnchors() {
  return function transform(tree: Root): void {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node, index, parent) => {
      if (!/^h[2-4]$/.test(node.tagName) || !parent || index === undefined) return;
      const text = toString(node);
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Section titled “${text}”` }] },
        ],
      };
      parent.children.splice(index, 1, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `heading-wrapper--${node.tagName}`] },
        children: [node, anchor],
      });
      return [SKIP, index + 1];
    });
  };
}
