/**
 * In the instructor edition, inline code that names a block (`l32-memcpy-lengths`)
 * links to that block's frame (src/lib/block-links.ts), in guides' and
 * instructor pages' bodies as in their structured fields.
 */
import type { Root } from 'hast';
import { instructorBlockLinks, linkBlockIds } from '../lib/block-links.ts';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import type { Edition } from '../../course/edition.ts';

export interface BlockLinksOptions {
  edition: Edition;
  blocks: () => VerifiedBlocks;
}

export function rehypeBlockLinks(options: BlockLinksOptions) {
  let links: Map<string, string> | undefined;
  return function transform(tree: Root): void {
    if (options.edition !== 'instructor') return;
    links ??= instructorBlockLinks(options.blocks());
    linkBlockIds(tree, links);
  };
}
