/** Builds the fixture course into a throwaway site with the real verifier, Astro and Pagefind. */
import { execa } from 'execa';
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, projectRoot } from './run-verify.ts';

export interface BuiltSite {
  course: string;
  dist: string;
}

/**
 * `recordFrom`: start from that course's verified record, as a clean clone
 * starts from the committed one (otherwise the record is made from scratch).
 */
export async function buildFixtureSite(name = 'course', extraArgs: string[] = ['--no-pdf'], recordFrom?: string): Promise<BuiltSite> {
  const course = copyFixture(name);
  if (recordFrom) cpSync(path.join(recordFrom, 'snippets', 'verified'), path.join(course, 'snippets', 'verified'), { recursive: true });
  const dist = path.join(course, 'dist');
  const result = await execa(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--root', course, '--out', dist, ...extraArgs], {
    reject: false,
    all: true,
  });
  if (result.exitCode !== 0) throw new Error(`fixture build failed:\n${result.all}`);
  return { course, dist };
}

/** Every HTML page of a built site, as URL paths. */
export function htmlPages(dist: string, under = ''): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry !== 'pagefind' && entry !== '_astro') walk(full);
      } else if (entry.endsWith('.html')) {
        pages.push(`/${path.relative(dist, full).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
      }
    }
  };
  walk(path.join(dist, under));
  return pages;
}
