/**
 * The hint ladder. Authored as
 *
 *     ::::hints
 *     :::hint{tier=1}
 *     A question that points the way.
 *     :::
 *     … tiers 2, 3, 4 …
 *     ::::
 *
 * and rendered as nested <details>: tier n+1 sits inside tier n, so it cannot
 * be opened first, with no JavaScript. Each summary reads "Hint n of 4". The
 * ladder is kept out of the search index. In the instructor edition every tier
 * is open.
 */
import type { BlockContent, DefinitionContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { HINT_TIERS, isDirectiveLabel, ladderProblems, ladderTiers, LADDER_RULE } from './hint-ladder-rules.ts';
import { errorAt } from './located.ts';

export interface HintLadderOptions {
  courseRoot: string;
  /** Open every tier (the instructor edition and print). */
  open: boolean;
}

type Child = BlockContent | DefinitionContent;

const element = (hName: string, hProperties: Record<string, unknown>, children: Child[]): Child =>
  ({ type: 'hintElement', data: { hName, hProperties }, children }) as unknown as Child;

export function remarkHintLadder(options: HintLadderOptions) {
  return function transform(tree: Root, file: VFile): void {
    visit(tree, 'containerDirective', (node, index, parent) => {
      if (node.name === 'hint') {
        throw errorAt(file, options.courseRoot, node, 'a :::hint outside a ::::hints ladder', {
          why: LADDER_RULE,
          fix: 'put it inside ::::hints (note the four colons on the ladder)',
        });
      }
      if (node.name !== 'hints' || !parent || index === undefined) return;
      const problem = ladderProblems(node)[0];
      if (problem) throw errorAt(file, options.courseRoot, problem.node, problem.what, { why: problem.why, fix: problem.fix });
      const tiers = ladderTiers(node);

      // Build from the top tier down, each tier wrapping the next.
      let inner: Child | undefined;
      for (let n = HINT_TIERS; n >= 1; n--) {
        const hint = tiers[n - 1] as ContainerDirective;
        const body = hint.children.filter((child) => !isDirectiveLabel(child));
        inner = element('details', { className: ['hint'], dataTier: String(n), ...(options.open ? { open: true } : {}) }, [
          element('summary', { className: ['hint__summary'] }, [
            { type: 'paragraph', children: [{ type: 'text', value: `Hint ${n} of ${HINT_TIERS}` }], data: { hName: 'span' } },
          ]),
          element('div', { className: ['hint__body'] }, body),
          ...(inner ? [inner] : []),
        ]);
      }
      parent.children[index] = element('section', { className: ['hint-ladder'], ariaLabel: 'Hints', dataPagefindIgnore: 'all' }, [
        {
          type: 'paragraph',
          children: [{ type: 'text', value: 'Stuck? Open one hint at a time, and try again after each.' }],
          data: { hProperties: { className: ['hint-ladder__intro'] } },
        },
        inner!,
      ]);
      // The tiers now live inside the replacement; do not visit the original's children.
      return SKIP;
    });
  };
}
