/** Course-wide pages: content/pages/ (learners) and content/instructor/ (instructors only). */
import { z } from 'zod';

export const pageSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence, used in listings and the page's meta description. */
  summary: z.string().min(1),
  /** Position in navigation lists. */
  order: z.number().int().default(100),
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
