/**
 * Frontmatter of content/guides/<lesson>.mdx: the instructor guide of one
 * lesson. The parts instructors scan in class (questions, misconceptions,
 * debugging rows, pacing) are typed data so every guide renders them the same
 * way and the build can check them; the teaching approach is the MDX body.
 */
import { z } from 'zod';
import { lessonNumber } from './fields.ts';

export const misconceptionSchema = z.strictObject({
  /** What the student believes. */
  misconception: z.string().min(1),
  /** What is actually true. */
  correction: z.string().min(1),
  /** A question or picture that lets the student correct themselves. */
  explain: z.string().min(1),
});

export const debuggingRowSchema = z.strictObject({
  /** What the student sees. */
  symptom: z.string().min(1),
  /**
   * The exact compiler or runtime message, when there is one. It must occur
   * verbatim in a verified output of the course, so it is never invented.
   */
  message: z.string().min(1).optional(),
  likelyCause: z.string().min(1),
  /** A question to ask, not a fix to hand over. */
  howToGuide: z.string().min(1),
});

export const guideSchema = z.strictObject({
  /** The lesson this guide is for. */
  lesson: lessonNumber,
  /** The lesson-specific reminder under the prime directive ("never write code for the student"). */
  primeDirective: z.string().min(1),
  /** What the instructor is teaching, in a paragraph. */
  role: z.string().min(1),
  /** What to confirm before starting. */
  prerequisitesCheck: z.array(z.string().min(1)).min(1),
  questions: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).min(1),
  misconceptions: z.array(misconceptionSchema).min(1),
  exercise: z.strictObject({
    /** What the exercise is for. */
    goal: z.string().min(1),
    /** Mistakes to watch for while students work. */
    commonMistakes: z.array(z.string().min(1)).min(1),
  }),
  debugging: z.array(debuggingRowSchema).min(1),
  pacing: z.strictObject({
    breezing: z.string().min(1),
    struggling: z.string().min(1),
    /** Other timing notes. */
    notes: z.array(z.string().min(1)).default([]),
    /** How the lesson's minutes divide between its parts, in teaching order. */
    split: z
      .array(z.strictObject({ part: z.string().min(1), minutes: z.number().int().positive() }))
      .min(1)
      .optional(),
  }),
  /**
   * Short answers to the lesson's "Self-Check Questions", in their order
   * (instructor only): what a good answer contains, scannable in class.
   */
  selfCheckAnswers: z.array(z.string().min(1)).min(1).optional(),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
