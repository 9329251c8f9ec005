/**
 * `::exercise-files` in an exercise's prompt marks where the page shows the
 * learner's files (starter and tests) and what the tests print before any
 * change. It becomes an <ExerciseFiles> MDX element naming its exercise; the
 * page supplies the component and falls back to showing the files after the
 * prompt when the directive is absent.
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
      const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
      (astro.frontmatter ??= {}).exerciseFilesPlaced = true;
    });
  };
}
