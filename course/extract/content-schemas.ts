/**
 * Which schema each content file follows. The site's content collections use
 * the same schemas (src/content.config.ts); checking them here too means a
 * frontmatter mistake is a located error in `npm run verify`, before any build.
 */
import type { z } from 'zod';
import { exerciseSchema } from '../schemas/exercise.ts';
import { guideSchema } from '../schemas/guide.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { moduleSchema } from '../schemas/module.ts';
import { pageSchema } from '../schemas/page.ts';
import { syntaxInventorySchema } from '../schemas/syntax-inventory.ts';

export interface ContentSchema {
  schema: z.ZodType;
  /** How errors name the data: "lesson frontmatter". */
  what: string;
}

const rules: [RegExp, ContentSchema][] = [
  [/^lessons\/[^/]+\.mdx?$/, { schema: lessonSchema, what: 'lesson frontmatter' }],
  [/^exercises\/[^/]+\/exercise\.mdx?$/, { schema: exerciseSchema, what: 'exercise frontmatter' }],
  [/^guides\/[^/]+\.mdx?$/, { schema: guideSchema, what: 'guide frontmatter' }],
  [/^(pages|instructor)\/[^/]+\.mdx?$/, { schema: pageSchema, what: 'page frontmatter' }],
  [/^modules\/[^/]+\.ya?ml$/, { schema: moduleSchema, what: 'module data' }],
  [/^syntax\/inventory\.ya?ml$/, { schema: syntaxInventorySchema, what: 'syntax inventory' }],
];

/** The schema for a file, by its path inside content/; undefined for files no collection reads. */
export function schemaFor(contentPath: string): ContentSchema | undefined {
  return rules.find(([pattern]) => pattern.test(contentPath))?.[1];
}
