/**
 * `npm run build`: verify, then build both editions, index them for search,
 * render the print editions to PDF (when Chromium is present), and swap the
 * result into place. Each edition is built into its own staging folder, so the
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
import * as pagefind from 'pagefind';
import type { Edition } from '../src/plugins/pipeline.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BuildArgs {
  root: string;
  out: string;
  verify: boolean;
  pdf: boolean;
}

function parseArgs(argv: string[]): BuildArgs {
  const args: BuildArgs = { root: projectRoot, out: path.join(projectRoot, 'dist'), verify: true, pdf: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root') args.root = path.resolve(argv[++i] ?? '');
    else if (arg === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (arg === '--no-pdf') args.pdf = false;
    else {
      console.error(`build: unknown option ${arg}\nusage: npm run build -- [--root COURSE] [--out DIR] [--no-pdf]`);
      process.exit(2);
    }
  }
  return args;
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

  if (args.verify) {
    const verify = await execa(process.execPath, [path.join(projectRoot, 'scripts/verify/cli.ts'), '--root', args.root], { stdio: 'inherit', reject: false });
    if (verify.exitCode !== 0) {
      console.error('build: stopped: verification failed (see above); nothing was written to the output folder');
      return verify.exitCode ?? 1;
    }
  }

  try {
    for (const edition of ['student', 'instructor'] as const) {
      const dir = path.join(staging, edition);
      await step(`${edition} edition built`, () => buildEdition(edition, args, dir));
      await step(`${edition} edition indexed for search`, () => indexForSearch(dir));
    }
    await pagefind.close();

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
    console.log(`build: site ready in ${path.relative(process.cwd(), args.out) || '.'}/ (instructor edition in ${path.relative(process.cwd(), path.join(args.out, 'instructor'))}/)`);
    return 0;
  } catch (error) {
    console.error(`build: failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main();
