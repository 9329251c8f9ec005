/**
 * Replaces every ```zig fence with its verified code frame: highlighted code,
 * the "verified with Zig" status line, and the transcript of the recorded run.
 * It only looks results up; verifying is the verifier's job. A fence with no
 * passing record fails the build with a located error; on the dev server
 * (`dev`) it is shown instead, as its code under a banner with that error or
 * the failed run, so an author sees the problem where they are looking.
 */
import type { Element } from 'hast';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../../scripts/verify/errors.ts';
import { getHighlighter } from '../lib/highlight.ts';
import { fenceTitle, renderPlainFrame, renderZigFrame, type VerifiedView } from '../lib/render-code-frame.ts';
import { withTraceDiagram } from '../lib/trace-view.ts';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import { courseRelativePath, errorAt } from './located.ts';
import { replaceWithHast } from './replace-with-hast.ts';

export interface ZigBlocksOptions {
  /** The course's blocks and their record (a function, so a dev server can refresh it). */
  blocks: () => VerifiedBlocks;
  /** Root of the course, to name files in errors and look blocks up. */
  courseRoot: string;
  /** Dev server only: render unverified blocks with a banner instead of failing (see src/integrations/dev-verify.ts). */
  dev?: DevBlockStatus;
}

/** Why a block has no verified output, as the dev server's last verification found it. */
export interface DevFailure {
  /** Located: `file:line:col: error: [id] what`. */
  message: string;
  output: string;
}

export interface DevBlockStatus {
  /** True on the dev server only; a build always fails on an unverified block. */
  active(): boolean;
  /** The last failed verification of the fence opening at `file:line`, if it failed. */
  failureAt(file: string, line: number): DevFailure | undefined;
}

const textNode = (value: string) => ({ type: 'text' as const, value });

/** The dev server's stand-in for a block without a verified result: its code under a located error. */
export function renderUnverified(frame: Element, failure: DevFailure): Element {
  const children: Element['children'] = [
    {
      type: 'element',
      tagName: 'p',
      properties: { className: ['zig-unverified__title'] },
      children: [textNode('Not verified: this block is not shown in a build until it passes')],
    },
    { type: 'element', tagName: 'pre', properties: { className: ['zig-unverified__message'] }, children: [textNode(failure.message)] },
  ];
  if (failure.output)
    children.push({ type: 'element', tagName: 'pre', properties: { className: ['zig-unverified__output'] }, children: [textNode(failure.output)] });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['zig-unverified'], dataUnverified: '' },
    children: [{ type: 'element', tagName: 'div', properties: { className: ['zig-unverified__banner'], role: 'alert' }, children }, frame],
  };
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
    const dev = options.dev?.active() ? options.dev : undefined;
    // A listing shown region by region: each run's transcript once, on the first region that shows it.
    const runsShown = new Map<string, VerifiedView>();
    for (const { node, index, parent } of found) {
      const line = node.position!.start.line;
      const failure = dev?.failureAt(relative, line);
      const view = failure ? undefined : blocks.fence(relative, line);
      if (view && !(view instanceof ContentError)) {
        const listing =
          view.titleNote && view.status === 'verified' ? `${view.titleNote.replace(/^lines \S+ of /, '')}\n${view.command}\n${view.output}` : undefined;
        const shownIn = listing ? runsShown.get(listing) : undefined;
        if (listing && !shownIn) runsShown.set(listing, view);
        replaceWithHast(parent, index, withTraceDiagram(renderZigFrame(shiki, view, shownIn ? { outputShownIn: shownIn } : {}), view));
        continue;
      }
      const error =
        view ??
        errorAt(file, options.courseRoot, node, 'this zig block is unknown to the verifier', {
          why: 'every zig block is verified before the site is built',
          fix: 'run `npm run verify`, then build again',
        });
      if (!dev) throw error;
      replaceWithHast(
        parent,
        index,
        renderUnverified(renderPlainFrame(shiki, node.value, 'zig', fenceTitle(node.meta)), failure ?? { message: error.message, output: '' }),
      );
    }
  };
}
