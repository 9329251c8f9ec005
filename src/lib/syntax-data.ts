/** Where each syntax-inventory feature is used, computed once per build from the scan record (no Zig needed). */
import { loadSyntaxUsage, type SyntaxUsage } from '../../scripts/syntax/syntax-usage.ts';
import { getVerifiedBlocks } from './site-data.ts';
import { courseRoot, projectRoot } from './site-env.ts';

let usage: SyntaxUsage | undefined | null;

/** Undefined when the course has no syntax inventory. */
export function getSyntaxUsage(): SyntaxUsage | undefined {
  if (usage === undefined) {
    const blocks = getVerifiedBlocks();
    usage =
      loadSyntaxUsage(
        courseRoot,
        projectRoot,
        blocks.entries().map(({ unit }) => unit),
        blocks.zigVersion,
      ) ?? null;
  }
  return usage ?? undefined;
}
