/** The verified blocks, loaded once per build for pages (the plugins get their own copy from the config). */
import { loadVerifiedBlocks, type VerifiedBlocks } from './verified-blocks.ts';
import { courseRoot, projectRoot } from './site-env.ts';

/**
 * Bumped by the dev server after it re-verifies a file (src/integrations/dev-verify.ts), so
 * pages reload the record too. A process-wide counter, because the dev server's pages run in
 * a module runner, apart from the configuration that holds the integration.
 */
export const RECORD_GENERATION = Symbol.for('zfp.verified-record.generation');
const generation = () => ((globalThis as Record<symbol, unknown>)[RECORD_GENERATION] as number | undefined) ?? 0;

let blocks: VerifiedBlocks | undefined;
let loadedAt = -1;

export function getVerifiedBlocks(): VerifiedBlocks {
  if (!blocks || loadedAt !== generation()) {
    blocks = loadVerifiedBlocks(courseRoot, projectRoot);
    loadedAt = generation();
  }
  return blocks;
}
