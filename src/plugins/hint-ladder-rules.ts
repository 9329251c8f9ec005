/**
 * The rules of a hint ladder, as a pure check shared by the site's plugin
 * (which fails the build on the first problem) and the verifier (which lists
 * every problem of the course at once): ::::hints holds exactly four
 * :::hint{tier=N} blocks, numbered 1 to 4 in order, and nothing else; a
 * :::hint never stands outside a ladder.
 */
import type { BlockContent, DefinitionContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

export const HINT_TIERS = 4;

export const LADDER_RULE = `a hint ladder is ::::hints holding exactly ${HINT_TIERS} :::hint{tier=N} blocks, tiers 1 to ${HINT_TIERS} in order`;

export interface LadderProblem {
  node: Node;
  what: string;
  why: string;
  fix: string;
}

type Child = BlockContent | DefinitionContent;

export function isDirectiveLabel(node: Child): boolean {
  return node.type === 'paragraph' && Boolean((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
}

/** The tiers of a ladder (its children without the directive label). */
export function ladderTiers(ladder: ContainerDirective): Child[] {
  return ladder.children.filter((child) => !isDirectiveLabel(child));
}

/** Problems of one ::::hints ladder, in source order. */
export function ladderProblems(ladder: ContainerDirective): LadderProblem[] {
  const problems: LadderProblem[] = [];
  const tiers = ladderTiers(ladder);
  for (const [position, child] of tiers.entries()) {
    const expected = position + 1;
    if (child.type !== 'containerDirective' || child.name !== 'hint') {
      problems.push({
        node: child,
        what: 'only :::hint blocks may sit inside ::::hints',
        why: 'each tier is one :::hint{tier=N} block',
        fix: 'wrap this content in :::hint{tier=N} … :::, or move it out of the ladder',
      });
      continue;
    }
    const tier = child.attributes?.tier;
    if (tier === undefined || tier === null)
      problems.push({ node: child, what: `hint ${expected} has no tier`, why: LADDER_RULE, fix: `write :::hint{tier=${expected}}` });
    else if (String(tier) !== String(expected))
      problems.push({
        node: child,
        what: `hint tier ${tier} where tier ${expected} was expected`,
        why: LADDER_RULE,
        fix: `number the tiers 1, 2, 3, 4 in order (this one is tier ${expected})`,
      });
    else if (expected > HINT_TIERS)
      problems.push({
        node: child,
        what: `a ${expected}th hint: a ladder has ${HINT_TIERS} tiers`,
        why: LADDER_RULE,
        fix: 'merge it into tier 4, or remove it',
      });
  }
  if (tiers.length < HINT_TIERS) {
    problems.push({
      node: ladder,
      what: `this hint ladder has ${tiers.length} tier${tiers.length === 1 ? '' : 's'}; tier ${tiers.length + 1} is missing`,
      why: LADDER_RULE,
      fix: `add :::hint{tier=${tiers.length + 1}} … up to tier ${HINT_TIERS}`,
    });
  }
  return problems;
}

/** Problems of every ladder in a document, and every :::hint outside one. */
export function hintProblems(tree: Root): LadderProblem[] {
  const problems: LadderProblem[] = [];
  visit(tree, 'containerDirective', (node) => {
    if (node.name === 'hints') {
      problems.push(...ladderProblems(node));
      return 'skip';
    }
    if (node.name === 'hint')
      problems.push({
        node,
        what: 'a :::hint outside a ::::hints ladder',
        why: LADDER_RULE,
        fix: 'put it inside ::::hints (note the four colons on the ladder)',
      });
    return undefined;
  });
  return problems;
}
