// @ts-check
/**
 * One Astro project, two editions. `EDITION=student` (the default) builds the
 * learners' site; `EDITION=instructor` builds the instructor site under
 * /instructor/ with guides, open hints and solutions. Each edition gets its
 * own routes (src/integrations/edition-routes.ts), content collections and
 * output folder, so the student build never reads instructor material.
 * `COURSE_ROOT` points at another course (the test fixtures).
 */
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
process.env.ZFP_PROJECT_ROOT = projectRoot;

const { edition, courseRoot, INSTRUCTOR_BASE } = await import('./src/lib/site-env.ts');
const { sitePipeline } = await import('./src/plugins/pipeline.ts');
const { loadVerifiedBlocks } = await import('./src/lib/verified-blocks.ts');
const { editionRoutes } = await import('./src/integrations/edition-routes.ts');
const { codeThemeStylesheet } = await import('./src/integrations/code-theme-stylesheet.ts');
const { devVerify } = await import('./src/integrations/dev-verify.ts');

let blocks = loadVerifiedBlocks(courseRoot, projectRoot);
// `astro dev` only: re-verifies saved files and refreshes `blocks` (the integration is inert in builds).
const devVerifier = devVerify({ courseRoot, projectRoot, refresh: refreshVerifiedBlocks });
const pipeline = sitePipeline({ edition, courseRoot, blocks: () => blocks, dev: devVerifier.status });

export default defineConfig({
  site: 'https://zig-for-python.dev',
  base: edition === 'instructor' ? INSTRUCTOR_BASE : '/',
  outDir: process.env.ASTRO_OUT_DIR ?? `.build/${edition}`,
  // Builds through scripts/build.ts get a fresh cache beside their staging output (clean, and safe
  // when two builds run at once); the dev server keeps one per edition and course.
  cacheDir: process.env.ASTRO_OUT_DIR
    ? `${process.env.ASTRO_OUT_DIR}.astro-cache`
    : courseRoot === projectRoot
      ? `node_modules/.astro/${edition}`
      : path.join(courseRoot, '.astro-cache', edition),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    processor: unified({ ...pipeline, smartypants: false }),
  },
  integrations: [mdx(), editionRoutes(edition), codeThemeStylesheet(), devVerifier.integration],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});

/** Lets the dev server refresh verified results after re-verifying (src/integrations/dev-verify.ts). */
export function refreshVerifiedBlocks() {
  blocks = loadVerifiedBlocks(courseRoot, projectRoot);
}
