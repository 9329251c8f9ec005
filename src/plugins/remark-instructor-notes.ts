/**
 * `:::instructor` blocks hold notes for instructors only. The student edition
 * drops them from the tree before anything is rendered, so no trace reaches
 * its HTML, search index or scripts; the instructor edition shows them as an
 * aside.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface InstructorNotesOptions {
  edition: 'student' | 'instructor';
}

export function remarkInstructorNotes(options: InstructorNotesOptions) {
  return function transform(tree: Root): void {
    visit(tree, 'containerDirective', (node, index, parent) => {
      if (node.name !== 'instructor' || !parent || index === undefined) return;
      if (options.edition === 'student') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.data = { hName: 'div', hProperties: { className: ['instructor-note'], role: 'note' } };
      node.children.unshift({
        type: 'paragraph',
        children: [{ type: 'text', value: 'Instructor note' }],
        data: { hProperties: { className: ['instructor-note__title'] } },
      });
      return undefined;
    });
  };
}
