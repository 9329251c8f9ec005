/**
 * `::exercise-files` in an exercise's prompt marks where the page shows the
 * learner's files (starter and tests) and what the tests print before any
 * change. It becomes an <ExerciseFiles> MDX element naming its exercise; the
 * page supplies the component. Without the directive the files go just
 * before the hint ladder (or, with no ladder, the page shows them after the
 * prompt).
 */
import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { courseRelativePath, errorAt } from './located.ts';

export interface ExerciseFilesOptions {
  courseRoot: string;
}

export function remarkExerciseFiles(options: ExerciseFilesOptions) {
  return function transform(tree: Root, file: VFile): void {
    const relative = courseRelativePath(file, options.courseRoot);
    const exercise = /^content\/(exercises\/[^/]+)\/exercise\.mdx$/.exec(relative)?.[1];
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== 'exercise-files' || !parent || index === undefined) return;
      if (!exercise) {
        throw errorAt(file, options.courseRoot, node, '::exercise-files outside an exercise prompt', {
          why: 'it shows the files of the exercise whose exercise.mdx contains it',
          fix: 'remove it, or move it into content/exercises/<exercise>/exercise.mdx',
        });
      }
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'ExerciseFiles',
        attributes: [{ type: 'mdxJsxAttribute', name: 'exercise', value: exercise }],
        children: [],
      } as never;
      markPlaced(file);
    });
    if (!exercise || placed(file)) return;
    // Without the directive the files come before the hints: read what you are given, then ask for help.
    const hints = tree.children.findIndex((node) =>
      ((node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className ?? []).includes('hint-ladder'),
    );
    if (hints < 0) return;
    tree.children.splice(hints, 0, {
      type: 'mdxJsxFlowElement',
      name: 'ExerciseFiles',
      attributes: [{ type: 'mdxJsxAttribute', name: 'exercise', value: exercise }],
      children: [],
    } as never);
    markPlaced(file);
  };
}

function frontmatter(file: VFile): Record<string, unknown> {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  return (astro.frontmatter ??= {});
}
const placed = (file: VFile) => frontmatter(file).exerciseFilesPlaced === true;
const markPlaced = (file: VFile) => void (frontmatter(file).exerciseFilesPlaced = true);
