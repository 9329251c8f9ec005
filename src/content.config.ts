/**
 * Content collections. The schemas live in src/schemas/ and are shared with
 * the verifier, which checks every frontmatter before a build. Instructor-only
 * collections exist only in the instructor edition: the student build never
 * loads guides, instructor pages or the syntax inventory.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { courseRoot, edition } from './lib/site-env.ts';
import { exerciseSchema } from './schemas/exercise.ts';
import { guideSchema } from './schemas/guide.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { moduleSchema } from './schemas/module.ts';
import { pageSchema } from './schemas/page.ts';
import { featureSchema } from './schemas/syntax-inventory.ts';

const contentDir = (folder: string) => pathToFileURL(path.join(courseRoot, 'content', folder) + '/');
/** Ids are file names as written ("3.7-memory-patterns-for-ml"), not slugified. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');

const lessons = defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentDir('lessons'), generateId: byFileName }), schema: lessonSchema });
const exercises = defineCollection({
  loader: glob({ pattern: '*/exercise.{md,mdx}', base: contentDir('exercises'), generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: exerciseSchema,
});
const modules = defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: contentDir('modules'), generateId: byFileName }), schema: moduleSchema });
const pages = defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentDir('pages'), generateId: byFileName }), schema: pageSchema });

const instructorOnly = {
  guides: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentDir('guides'), generateId: byFileName }), schema: guideSchema }),
  instructor: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentDir('instructor'), generateId: byFileName }), schema: pageSchema }),
  syntax: defineCollection({
    loader: file(path.join(courseRoot, 'content', 'syntax', 'inventory.yaml'), {
      parser: (text) => (parseYaml(text) as { features: Record<string, unknown>[] }).features,
    }),
    schema: featureSchema,
  }),
};

export const collections = { lessons, exercises, modules, pages, ...(edition === 'instructor' ? instructorOnly : {}) };
