/**
 * Frontmatter of content/lessons/<number>-<slug>.mdx. Objectives and
 * prerequisites are data, so the page can render them as checkboxes and links;
 * everything else is the lesson body.
 */
import { z } from 'zod';
import { lessonNumber, slug } from './fields.ts';

export const objectiveSchema = z.strictObject({
  /** Stable id: the learner's ticked state is stored under it, so never reuse or rename one. */
  id: slug,
  /** What the learner can do afterwards, starting with a verb. */
  text: z.string().min(1),
});

export const prerequisiteSchema = z.union([
  /** A lesson of this course, linked by number, with what it provides. */
  z.strictObject({ lesson: lessonNumber, why: z.string().min(1) }),
  /** Anything else the learner should bring. */
  z.strictObject({ text: z.string().min(1) }),
]);

export const lessonSchema = z.strictObject({
  /** "3.7": module 3, lesson 7. Orders the course and names the lesson in links. */
  number: lessonNumber,
  title: z.string().min(1),
  /** One sentence for the module page and search results. */
  summary: z.string().min(1),
  objectives: z.array(objectiveSchema).min(1),
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** Rough reading-and-trying time, in minutes. */
  minutes: z.number().int().positive().optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
