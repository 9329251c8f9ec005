/**
 * Frontmatter of content/exercises/<id>/exercise.mdx. The Zig files sit in
 * the same folder; the verifier runs the tests against the starter (they must
 * fail as declared) and against the solution (they must pass, leak-free).
 */
import { z } from 'zod';
import { lessonNumber, slug, zigFileName } from './fields.ts';

export const exerciseSchema = z.strictObject({
  /** Shown as the page title, after "Exercise 3.7:". */
  title: z.string().min(1),
  /** The lesson this exercise practises. */
  lesson: lessonNumber,
  /** One sentence for the module page. */
  summary: z.string().min(1),
  /** What the learner will have done, as checkable objectives. */
  objectives: z.array(z.strictObject({ id: slug, text: z.string().min(1) })).min(1),
  /** The file the learner edits, and how the tests must fail before they start. */
  starter: z.strictObject({
    file: zigFileName,
    /** A phrase of the test-failure output the untouched starter must produce. */
    fails: z.string().min(1),
  }),
  /** The test file the learner runs (`zig test <tests>`); it imports the starter by its file name. */
  tests: zigFileName,
  /** The reference solution (instructor only); verified in place of the starter. */
  solution: zigFileName,
  /**
   * Plausible wrong solutions (instructor only): each stands in for the starter
   * and the tests must reject it, proving they check the idea and not only
   * the happy path.
   */
  wrong: z
    .array(
      z.strictObject({
        /** The wrong solution's file, beside the others. */
        file: zigFileName,
        /** The mistake it makes, in one sentence an instructor can recognise. */
        mistake: z.string().min(1),
        /** A phrase of the test-failure output this wrong solution must produce. */
        fails: z.string().min(1),
      }),
    )
    .min(1)
    .optional(),
});

export type ExerciseFrontmatter = z.infer<typeof exerciseSchema>;
