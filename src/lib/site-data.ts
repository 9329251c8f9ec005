/** The verified blocks, loaded once per build for pages (the plugins get their own copy from the config). */
import { loadVerifiedBlocks, type VerifiedBlocks } from './verified-blocks.ts';
import { courseRoot, projectRoot } from './site-env.ts';

let blocks: VerifiedBlocks | undefined;

export function getVerifiedBlocks(): VerifiedBlocks {
  blocks ??= loadVerifiedBlocks(courseRoot, projectRoot);
  return blocks;
}
