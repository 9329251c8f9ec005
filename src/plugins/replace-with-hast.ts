/**
 * Stands a ready-made hast element in for an mdast node: remark-rehype turns a
 * node carrying data.hName/hProperties/hChildren into exactly that element.
 */
import type { Element } from 'hast';

export function replaceWithHast(parent: { children: unknown[] }, index: number, element: Element): void {
  parent.children[index] = {
    type: 'hastElement',
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}
