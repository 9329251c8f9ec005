/** `:::note`, `:::tip` and `:::caution` become labelled asides. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export const asideKinds = { note: 'Note', tip: 'Tip', caution: 'Caution' } as const;

export function remarkAsides() {
  return function transform(tree: Root): void {
    visit(tree, 'containerDirective', (node) => {
      if (!(node.name in asideKinds)) return;
      const title = asideKinds[node.name as keyof typeof asideKinds];
      const first = node.children[0];
      const label = first && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel ? node.children.shift() : undefined;
      node.data = { hName: 'div', hProperties: { className: ['aside', `aside--${node.name}`], role: 'note' } };
      node.children.unshift(
        label && label.type === 'paragraph'
          ? { ...label, data: { hProperties: { className: ['aside__title'] } } }
          : { type: 'paragraph', children: [{ type: 'text', value: title }], data: { hProperties: { className: ['aside__title'] } } },
      );
    });
  };
}
