/**
 * Finishes the HTML of a print edition, where several pages' worth of content
 * share one document:
 * - every id inside a chapter gets the chapter's prefix (each lesson has its
 *   own "for-python-developers"), and in-chapter #links follow;
 * - links to lessons and exercises of the edition point to their chapter and
 *   carry a readable reference ("chapter 4") for print;
 * - other site links become absolute URLs, so paper readers can type them.
 * Pure: HTML in, HTML out; duplicate ids that remain are an error.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export interface PrintTargets {
  /** Site path (with base) of a lesson or exercise → the chapter anchor and its readable name. */
  [path: string]: { anchor: string; reference: string };
}

export interface FinishOptions {
  targets: PrintTargets;
  /** Origin for absolute URLs, e.g. https://zig-for-python.dev */
  site: string;
}

export function finishPrintDocument(html: string, options: FinishOptions): string {
  const tree: Root = fromHtml(html);
  const chapters: Element[] = [];
  visit(tree, 'element', (node) => {
    if (Array.isArray(node.properties.className) && node.properties.className.includes('chapter') && typeof node.properties.id === 'string')
      chapters.push(node);
  });

  for (const chapter of chapters) {
    const prefix = String(chapter.properties.id);
    const renamed = new Map<string, string>();
    // Ids the edition gave the chapter's parts (`ch-4-exercise`) are taken: a lesson heading
    // that would prefix to one of them ("## Exercise") gets a numbered id instead.
    const taken = new Set<string>();
    visit(chapter, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id === 'string' && (node === chapter || id.startsWith(`${prefix}-`))) taken.add(id);
    });
    visit(chapter, 'element', (node) => {
      const id = node.properties.id;
      if (node === chapter || typeof id !== 'string' || id.startsWith(`${prefix}-`)) return;
      let next = `${prefix}-${id}`;
      for (let n = 2; taken.has(next); n++) next = `${prefix}-${id}-${n}`;
      taken.add(next);
      renamed.set(id, next);
      node.properties.id = next;
    });
    visit(chapter, 'element', (node) => {
      for (const attribute of ['href', 'ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const) {
        const value = node.properties[attribute];
        if (attribute === 'href' && typeof value === 'string' && value.startsWith('#') && renamed.has(value.slice(1)))
          node.properties.href = `#${renamed.get(value.slice(1))}`;
        if (attribute !== 'href' && value !== undefined) {
          const ids = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
          node.properties[attribute] = ids.map((id) => renamed.get(id) ?? id);
        }
      }
    });
  }

  const seen = new Set<string>();
  visit(tree, 'element', (node) => {
    const id = node.properties.id;
    if (typeof id === 'string') {
      if (seen.has(id)) throw new Error(`print edition: duplicate id "${id}" remains after prefixing chapters`);
      seen.add(id);
    }
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/')) return;
    const path = href.replace(/#.*$/, '');
    const target = options.targets[path];
    if (target) {
      node.properties.href = `#${target.anchor}`;
      node.properties.dataReference = target.reference;
    } else {
      node.properties.href = `${options.site}${href}`;
      node.properties.dataReference = `${options.site}${href}`;
    }
  });
  return toHtml(tree);
}
