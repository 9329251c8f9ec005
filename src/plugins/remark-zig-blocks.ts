/**
 * Replaces every ```zig fence with its verified code frame: highlighted code,
 * the "verified with Zig" status line, and the transcript of the recorded run.
 * It only looks results up; verifying is the verifier's job. A fence with no
 * passing record fails the build with a located error.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../../scripts/verify/errors.ts';
import { getHighlighter } from '../lib/highlight.ts';
import { renderZigFrame } from '../lib/render-code-frame.ts';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import { courseRelativePath, errorAt } from './located.ts';
import { replaceWithHast } from './replace-with-hast.ts';

export interface ZigBlocksOptions {
  /** The course's blocks and their record (a function, so a dev server can refresh it). */
  blocks: () => VerifiedBlocks;
  /** Root of the course, to name files in errors and look blocks up. */
  courseRoot: string;
}

export function remarkZigBlocks(options: ZigBlocksOptions) {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const found: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'zig' && parent && index !== undefined) found.push({ node, index, parent });
    });
    if (!found.length) return;
    const shiki = await getHighlighter();
    const blocks = options.blocks();
    const relative = courseRelativePath(file, options.courseRoot);
    for (const { node, index, parent } of found) {
      const view = blocks.fence(relative, node.position!.start.line);
      if (view instanceof ContentError) throw view;
      if (!view) {
        throw errorAt(file, options.courseRoot, node, 'this zig block is unknown to the verifier', {
          why: 'every zig block is verified before the site is built',
          fix: 'run `npm run verify`, then build again',
        });
      }
      replaceWithHast(parent, index, renderZigFrame(shiki, view));
    }
  };
}
