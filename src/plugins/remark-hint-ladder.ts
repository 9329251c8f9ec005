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
import { errorAt } from './located.ts';

export const HINT_TIERS = 4;

export interface HintLadderOptions {
  courseRoot: string;
  /** Open every tier (the instructor edition and print). */
  open: boolean;
}

type Child = BlockContent | DefinitionContent;

function isLabel(node: Child): boolean {
  return node.type === 'paragraph' && Boolean((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
}

const element = (hName: string, hProperties: Record<string, unknown>, children: Child[]): Child =>
  ({ type: 'hintElement', data: { hName, hProperties }, children }) as unknown as Child;

export function remarkHintLadder(options: HintLadderOptions) {
  return function transform(tree: Root, file: VFile): void {
    const fail = (node: ContainerDirective, what: string, fix: string) =>
      errorAt(file, options.courseRoot, node, what, {
        why: `a hint ladder is ::::hints holding exactly ${HINT_TIERS} :::hint{tier=N} blocks, tiers 1 to ${HINT_TIERS} in order`,
        fix,
      });

    visit(tree, 'containerDirective', (node, index, parent) => {
      if (node.name === 'hint') {
        throw fail(node, 'a :::hint outside a ::::hints ladder', 'put it inside ::::hints (note the four colons on the ladder)');
      }
      if (node.name !== 'hints' || !parent || index === undefined) return;

      const tiers = node.children.filter((child) => !isLabel(child));
      for (const [position, child] of tiers.entries()) {
        const expected = position + 1;
        if (child.type !== 'containerDirective' || child.name !== 'hint') {
          throw errorAt(file, options.courseRoot, child, 'only :::hint blocks may sit inside ::::hints', {
            why: 'each tier is one :::hint{tier=N} block',
            fix: 'wrap this content in :::hint{tier=N} … :::, or move it out of the ladder',
          });
        }
        const tier = child.attributes?.tier;
        if (tier === undefined || tier === null) throw fail(child, `hint ${expected} has no tier`, `write :::hint{tier=${expected}}`);
        if (String(tier) !== String(expected)) {
          throw fail(child, `hint tier ${tier} where tier ${expected} was expected`, `number the tiers 1, 2, 3, 4 in order (this one is tier ${expected})`);
        }
        if (expected > HINT_TIERS) throw fail(child, `a ${expected}th hint: a ladder has ${HINT_TIERS} tiers`, 'merge it into tier 4, or remove it');
      }
      if (tiers.length !== HINT_TIERS) {
        throw fail(node, `this hint ladder has ${tiers.length} tier${tiers.length === 1 ? '' : 's'}; tier ${tiers.length + 1} is missing`, `add :::hint{tier=${tiers.length + 1}} … up to tier ${HINT_TIERS}`);
      }

      // Build from the top tier down, each tier wrapping the next.
      let inner: Child | undefined;
      for (let n = HINT_TIERS; n >= 1; n--) {
        const hint = tiers[n - 1] as ContainerDirective;
        const body = hint.children.filter((child) => !isLabel(child));
        inner = element('details', { className: ['hint'], dataTier: String(n), ...(options.open ? { open: true } : {}) }, [
          element('summary', { className: ['hint__summary'] }, [{ type: 'paragraph', children: [{ type: 'text', value: `Hint ${n} of ${HINT_TIERS}` }], data: { hName: 'span' } }]),
          element('div', { className: ['hint__body'] }, body),
          ...(inner ? [inner] : []),
        ]);
      }
      parent.children[index] = element('section', { className: ['hint-ladder'], ariaLabel: 'Hints', dataPagefindIgnore: 'all' }, [
        { type: 'paragraph', children: [{ type: 'text', value: 'Stuck? Open one hint at a time, and try again after each.' }], data: { hProperties: { className: ['hint-ladder__intro'] } } },
        inner!,
      ]);
      // The tiers now live inside the replacement; do not visit the original's children.
      return SKIP;
    });
  };
}
