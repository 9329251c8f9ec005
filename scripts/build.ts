/**
 * `npm run build`: verify, then build both editions, index them for search,
 * render the print editions to PDF (`--no-pdf` skips that on purpose; without
 * a browser the build fails rather than skipping it), and swap the result into
 * place. Each edition is built into its own staging folder, so the
 * student site and its search index never see instructor pages; `dist/` is
 * replaced only when everything succeeded.
 *
 *   dist/               the student site (with /pagefind/)
 *   dist/instructor/    the instructor site (its own /instructor/pagefind/)
 */
import { execa } from 'execa';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseNodeArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { launchChromium } from './lib/chromium.ts';
import type { Edition } from '../src/plugins/pipeline.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BuildArgs {
  root: string;
  out: string;
  verify: boolean;
  pdf: boolean;
}

const USAGE = 'usage: npm run build -- [--root COURSE] [--out DIR] [--no-pdf]';

function parseArgs(argv: string[]): BuildArgs {
  try {
    const { values } = parseNodeArgs({
      args: argv,
      options: { root: { type: 'string' }, out: { type: 'string' }, 'no-pdf': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    return {
      root: path.resolve(values.root ?? projectRoot),
      out: path.resolve(values.out ?? path.join(projectRoot, 'dist')),
      verify: true,
      pdf: !values['no-pdf'],
    };
  } catch (error) {
    console.error(`build: error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

async function step(name: string, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`build: ${name} (${((performance.now() - started) / 1000).toFixed(1)}s)`);
}

/** The environment for Astro: ours, minus variables a test runner or Vite may have set that Astro would read as its own. */
function astroEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|ASTRO_.*)$/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

async function buildEdition(edition: Edition, args: BuildArgs, outDir: string): Promise<void> {
  // The project's Node runs Astro too (the machine's own Node may be too old for it).
  await execa(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: astroEnv({ EDITION: edition, COURSE_ROOT: args.root, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' }),
    extendEnv: false,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function indexForSearch(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const staging = `${args.out}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });

  if (args.pdf) {
    // Start the browser once before anything else, so a missing or broken one fails in seconds, not after the build.
    try {
      await (await launchChromium()).close();
    } catch (error) {
      console.error(`build: error: ${error instanceof Error ? error.message : String(error)}\nbuild: nothing was built`);
      return 2;
    }
  }

  if (args.verify) {
    const verify = await execa(process.execPath, [path.join(projectRoot, 'scripts/verify/cli.ts'), '--root', args.root], { stdio: 'inherit', reject: false });
    if (verify.exitCode !== 0) {
      console.error('build: stopped: verification failed (see above); nothing was written to the output folder');
      return verify.exitCode ?? 1;
    }
  }

  try {
    try {
      for (const edition of ['student', 'instructor'] as const) {
        const dir = path.join(staging, edition);
        await step(`${edition} edition built`, () => buildEdition(edition, args, dir));
        await step(`${edition} edition indexed for search`, () => indexForSearch(dir));
      }
    } finally {
      // Pagefind runs a service process: left open, it would keep the build from exiting.
      await pagefind.close();
    }

    if (args.pdf) {
      const { renderPrintEditions } = await import('./print/render-pdfs.ts');
      await step('print editions rendered to PDF', async () => {
        await renderPrintEditions(path.join(staging, 'instructor'));
      });
    }

    // Assemble, then swap into place: the old output stays until the new one is complete.
    const assembled = path.join(staging, 'site');
    cpSync(path.join(staging, 'student'), assembled, { recursive: true });
    cpSync(path.join(staging, 'instructor'), path.join(assembled, 'instructor'), { recursive: true });
    const previous = `${args.out}.previous-${process.pid}`;
    if (existsSync(args.out)) renameSync(args.out, previous);
    mkdirSync(path.dirname(args.out), { recursive: true });
    renameSync(assembled, args.out);
    rmSync(previous, { recursive: true, force: true });
    console.log(
      `build: site ready in ${path.relative(process.cwd(), args.out) || '.'}/ (instructor edition in ${path.relative(process.cwd(), path.join(args.out, 'instructor'))}/)`,
    );
    return 0;
  } catch (error) {
    console.error(`build: failed: ${error instanceof Error ? error.message : String(error)}\nbuild: nothing was written to the output folder`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main();
