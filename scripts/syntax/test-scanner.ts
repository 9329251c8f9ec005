/**
 * `npm run test:zig`: runs the syntax scanner's own `test` blocks
 * (scan-features.zig) with the pinned Zig, as part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveZig } from '../verify/run/zig-toolchain.ts';
import { scannerSource } from '../../course/syntax/scanner-source.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const zig = await resolveZig({ projectRoot });
const run = spawnSync(zig.path, ['test', scannerSource(projectRoot)], {
  stdio: 'inherit',
  timeout: 300_000,
  env: { ...process.env, ZIG_GLOBAL_CACHE_DIR: path.join(projectRoot, '.cache', 'zig'), ZIG_LOCAL_CACHE_DIR: path.join(projectRoot, '.cache', 'zig-local') },
});
if (run.error) console.error(`test:zig: ${run.error.message}`);
process.exitCode = run.status ?? 1;
