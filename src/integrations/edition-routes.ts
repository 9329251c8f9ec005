/**
 * The routes of each edition, in one table: a newcomer sees here which pages
 * the student site has and which only the instructor site has.
 */
import type { AstroIntegration } from 'astro';
import type { Edition } from '../../course/edition.ts';

const student = [
  { pattern: '/', entrypoint: './src/routes/student/home.astro' },
  { pattern: '/[page]/', entrypoint: './src/routes/student/course-page.astro' },
  { pattern: '/module-[module]/', entrypoint: './src/routes/student/module.astro' },
  { pattern: '/module-[module]/[lesson]/', entrypoint: './src/routes/student/lesson.astro' },
  { pattern: '/module-[module]/[lesson]/exercise/', entrypoint: './src/routes/student/exercise.astro' },
  { pattern: '/404', entrypoint: './src/routes/shared/not-found.astro' },
];

const instructor = [
  { pattern: '/', entrypoint: './src/routes/instructor/home.astro' },
  { pattern: '/[page]/', entrypoint: './src/routes/instructor/instructor-page.astro' },
  { pattern: '/module-[module]/[lesson]/', entrypoint: './src/routes/instructor/lesson-with-guide.astro' },
  { pattern: '/module-[module]/[lesson]/exercise/', entrypoint: './src/routes/instructor/exercise.astro' },
  { pattern: '/syntax/', entrypoint: './src/routes/instructor/syntax-inventory.astro' },
  { pattern: '/status/', entrypoint: './src/routes/instructor/verification-status.astro' },
  { pattern: '/files/[block]/[...file]', entrypoint: './src/routes/instructor/block-file.ts' },
  { pattern: '/print/module-[module]/', entrypoint: './src/routes/instructor/print-module.astro' },
  { pattern: '/print/module-[module].css', entrypoint: './src/routes/instructor/print-headers.ts' },
  // The AI tutor's reading list: the course as plain Markdown, its llms.txt index and one archive (src/lib/tutor/).
  { pattern: '/tutor/llms.txt', entrypoint: './src/routes/instructor/tutor/llms.ts' },
  { pattern: '/tutor/zig-for-python-developers-tutor.tar.gz', entrypoint: './src/routes/instructor/tutor/archive.ts' },
  { pattern: '/tutor/[...file]', entrypoint: './src/routes/instructor/tutor/file.ts' },
  { pattern: '/404', entrypoint: './src/routes/shared/not-found.astro' },
];

export const routesByEdition: Record<Edition, { pattern: string; entrypoint: string }[]> = { student, instructor };

export function editionRoutes(edition: Edition): AstroIntegration {
  return {
    name: 'zfp:edition-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of routesByEdition[edition]) injectRoute({ ...route, prerender: true });
      },
    },
  };
}
