/**
 * Tables of the content scroll sideways inside their own container (a
 * focusable, labelled region, so keyboard users can scroll it too), never the
 * page. Inline code in a cell may break after a dot (`torch.cuda.` /
 * `empty_cache()`), never inside an identifier.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

function breakAfterDots(code: Element): void {
  code.children = code.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'text') return [child];
    const parts = child.value.split(/(?<=\.)(?=[^.\s])/);
    return parts.flatMap((part, i) => (i === 0 ? [{ type: 'text', value: part }] : [wbr(), { type: 'text', value: part }]));
  });
}

/** The region's name: unique on the page (landmarks must be), and says what the columns are. */
function regionLabel(table: Element, n: number): string {
  const header: string[] = [];
  visit(table, 'element', (cell) => {
    if (cell.tagName === 'th' && header.length < 4) header.push(toString(cell).trim());
  });
  return `Table ${n}${header.length ? `: ${header.join(', ')}` : ''}`;
}

export function rehypeTables() {
  return function transform(tree: Root): void {
    let n = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const label = regionLabel(node, ++n);
      visit(node, 'element', (cell) => {
        if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
        for (const child of cell.children) if (child.type === 'element' && child.tagName === 'code') breakAfterDots(child);
      });
      parent.children.splice(index, 1, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: label, tabIndex: 0 },
        children: [node],
      });
      return [SKIP, index + 1];
    });
  };
}
