/**
 * remark-directive reads prose such as `3:30` or `ratio:high` as a text
 * directive: those go back to the text they were. A block directive that no
 * plugin handled is an authoring mistake and a located error.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { errorAt } from './located.ts';

export interface UnknownDirectivesOptions {
  courseRoot: string;
  /** Directive names other plugins handle (they run earlier and rewrite them). */
  known: string[];
}

function asText(node: TextDirective): PhrasingContent[] {
  const restored: PhrasingContent[] = [{ type: 'text', value: `:${node.name}` }];
  if (node.children.length) restored.push({ type: 'text', value: '[' }, ...node.children, { type: 'text', value: ']' });
  return restored;
}

export function remarkUnknownDirectives(options: UnknownDirectivesOptions) {
  return function transform(tree: Root, file: VFile): void {
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective' && parent && index !== undefined) {
        const restored = asText(node as TextDirective);
        (parent.children as PhrasingContent[]).splice(index, 1, ...restored);
        return index + restored.length;
      }
      if ((node.type === 'leafDirective' || node.type === 'containerDirective') && !options.known.includes((node as { name: string }).name)) {
        const name = (node as { name: string }).name;
        throw errorAt(file, options.courseRoot, node, `unknown directive "${node.type === 'leafDirective' ? '::' : ':::'}${name}"`, {
          why: `the course knows these block directives: ${options.known.join(', ')}`,
          fix: 'use one of them, or escape the colons if this is text',
        });
      }
      return undefined;
    });
  };
}
