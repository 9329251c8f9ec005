/**
 * `npm run dev` verifies as you write: saving a lesson (or an exercise or
 * listing file) re-verifies the blocks of that file in-process, exactly as
 * `npm run verify -- <file>` would, updates the record, and reloads the page.
 * Only blocks whose code changed run Zig (the cache key decides, as in the
 * CLI), so a prose edit starts no Zig at all. A block that fails shows on the
 * page as its code under a banner with the located error and the output (the
 * remark plugin's `dev` option); a build still refuses it.
 *
 * Dev only: in `astro build` the integration does nothing.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { formatLocation } from '../../scripts/verify/errors.ts';
import { courseLayout } from '../../scripts/verify/extract/load-course.ts';
import { buildNextRecord } from '../../scripts/verify/record/next-record.ts';
import { withRecordLock } from '../../scripts/verify/record/record-lock.ts';
import { readRecord, writeRecord } from '../../scripts/verify/record/record-store.ts';
import { verifyCourse } from '../../scripts/verify/verify-course.ts';
import { RECORD_GENERATION } from '../lib/site-data.ts';
import type { DevBlockStatus, DevFailure } from '../plugins/remark-zig-blocks.ts';

export interface DevVerifyOptions {
  courseRoot: string;
  projectRoot: string;
  /** Re-reads the record into the blocks the remark plugin looks up (astro.config.mjs owns them). */
  refresh: () => void;
  /** Where to say what happened (default: the dev server's console). */
  log?: (line: string) => void;
}

export interface DevVerifier {
  /** For the pipeline's `dev` option. */
  status: DevBlockStatus;
  integration: AstroIntegration;
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The course files whose edits can change a verified block (never the record itself). */
export function watchesFile(relative: string): boolean {
  if (relative.startsWith('snippets/verified/')) return false;
  if (relative.startsWith('content/')) return /\.(mdx?|zig|ya?ml)$/.test(relative);
  return relative.startsWith('snippets/') && relative.endsWith('.zig');
}

export function devVerify(options: DevVerifyOptions): DevVerifier {
  const log = options.log ?? ((line: string) => console.log(line));
  const layout = courseLayout(options.courseRoot);
  let active = false;
  /** The last failed verification of each block, by `file:line` of its fence (or exercise file). */
  const failures = new Map<string, DevFailure & { id: string; file: string }>();

  const status: DevBlockStatus = {
    active: () => active,
    failureAt: (file, line) => failures.get(`${file}:${line}`),
  };

  /** Verifies the blocks of one changed file; returns the content files whose pages show them. */
  async function verifyFile(relative: string): Promise<Set<string>> {
    const started = performance.now();
    const report = await verifyCourse({ layout, projectRoot: options.projectRoot, paths: [relative], all: false, concurrency: 0 });
    // Rebuilt from the record as it is now, under the lock: a CLI run may be writing too.
    await withRecordLock(layout.recordDir, () => {
      const next = buildNextRecord(layout, report, readRecord(layout));
      return writeRecord(layout, next.files, next.sources);
    });
    const selected = new Set(report.results.map((result) => result.unit.id));
    for (const [key, failure] of failures) if (selected.has(failure.id) || failure.file === relative) failures.delete(key);
    for (const result of report.results) {
      if (result.status !== 'failed') continue;
      const { unit } = result;
      failures.set(`${unit.location.file}:${unit.location.line}`, {
        id: unit.id,
        file: unit.location.file,
        message: `${formatLocation(result.location)}: error: [${unit.id}] ${result.message ?? 'failed'}`,
        output: result.output,
      });
    }
    options.refresh();
    // Pages (exercise files, the footer, the status page) read the record through site-data.ts.
    const counters = globalThis as Record<symbol, unknown>;
    counters[RECORD_GENERATION] = ((counters[RECORD_GENERATION] as number | undefined) ?? 0) + 1;
    const failed = report.results.filter((r) => r.status === 'failed').length;
    const cached = report.results.filter((r) => r.cached).length;
    const ms = Math.round(performance.now() - started);
    const contentErrors = report.contentErrors.filter((error) => error.location.file === relative).length;
    log(
      `[verify] ${relative}: ${plural(report.zigRuns, 'block')} run, ${cached} cached, ${failed} failed, ${plural(contentErrors, 'content error')} (${ms} ms)`,
    );
    for (const warning of report.warnings) log(`[verify] warning: ${warning}`);
    return new Set([relative, ...report.results.map((result) => result.unit.sourceFile)]);
  }

  /** Forgets the compiled pages of `files` and reloads the browser, so they render with the new record. */
  function reload(server: ViteDevServer, files: Set<string>): void {
    for (const environment of Object.values(server.environments)) {
      for (const file of files) {
        for (const module of environment.moduleGraph.getModulesByFile(path.join(options.courseRoot, file)) ?? [])
          environment.moduleGraph.invalidateModule(module);
      }
    }
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  }

  // One verification at a time, in order of saves; saves during a run are coalesced.
  let queue = Promise.resolve();
  const pending = new Set<string>();
  function schedule(server: ViteDevServer, relative: string): void {
    if (pending.has(relative)) return;
    pending.add(relative);
    queue = queue.then(async () => {
      pending.delete(relative);
      try {
        reload(server, await verifyFile(relative));
      } catch (error) {
        log(`[verify] ${relative}: error: ${(error as Error).message}`);
      }
    });
  }

  const integration: AstroIntegration = {
    name: 'zfp:dev-verify',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectScript }) => {
        if (command !== 'dev') return;
        active = true;
        injectScript('page-ssr', `import ${JSON.stringify(fileURLToPath(new URL('./dev-verify.css', import.meta.url)))};`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zfp:dev-verify',
                configureServer(server: ViteDevServer) {
                  // The course may live outside the project (COURSE_ROOT): watch it explicitly.
                  server.watcher.add([path.join(options.courseRoot, 'content'), path.join(options.courseRoot, 'snippets')]);
                  const onChange = (file: string) => {
                    const relative = toPosix(path.relative(options.courseRoot, file));
                    if (watchesFile(relative)) schedule(server, relative);
                  };
                  server.watcher.on('change', onChange);
                  server.watcher.on('add', onChange);
                },
              },
            ],
          },
        });
      },
    },
  };
  return { status, integration };
}
