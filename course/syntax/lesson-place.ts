/**
 * Where a unit sits in the course's order, and so which features it may use.
 * Pure: the lesson numbers come in from the frontmatter (readCourseOrder in course-data.ts).
 *
 *   a lesson's blocks          that lesson's number
 *   an exercise's files        the lesson of its frontmatter (`lesson`)
 *   course pages (pages/)      before every lesson: Modules 1 and 2 only
 *   instructor material        exempt: guides/, instructor/, :::instructor
 *                              blocks and exercise solutions
 */
import type { VerifyUnit } from '../extract/unit.ts';
import { compareLessonNumbers } from '../schemas/fields.ts';
import { priorModules } from '../schemas/syntax-inventory.ts';

export type Place =
  | { kind: 'lesson'; lesson: string }
  /** Course pages, read before the first lesson: they may use what Modules 1 and 2 taught. */
  | { kind: 'before-lessons' }
  | { kind: 'exempt'; reason: string };

/** Lesson numbers and titles, and each exercise's lesson, read from frontmatter. */
export interface CourseOrder {
  /** Content file (content/lessons/x.mdx) → lesson number. */
  lessonOfFile: Map<string, string>;
  /** Lesson number → title. */
  titles: Map<string, string>;
  /** Lesson number → its content file. */
  fileOfLesson: Map<string, string>;
}

/** Whether `introduced` names a module taught before this course's first lesson ("M1", "M2"): the schema's list, so the two cannot disagree. */
export const isPriorModule = (introduced: string) => (priorModules as readonly string[]).includes(introduced);

/** Whether a feature introduced at `introduced` may be used at `place`. */
export function isKnownAt(introduced: string, place: Place): boolean {
  if (place.kind === 'exempt' || isPriorModule(introduced)) return true;
  if (place.kind === 'before-lessons') return false;
  return compareLessonNumbers(introduced, place.lesson) <= 0;
}

/** The place of a unit; `order` supplies the lesson numbers. */
export function placeOf(unit: Pick<VerifyUnit, 'kind' | 'sourceFile' | 'instructorOnly'>, order: CourseOrder): Place {
  if (unit.kind === 'exercise-solution') return { kind: 'exempt', reason: 'a reference solution (instructor material)' };
  if (unit.kind === 'exercise-wrong') return { kind: 'exempt', reason: 'a wrong solution (instructor material)' };
  if (unit.instructorOnly) return { kind: 'exempt', reason: 'an instructor-only block' };
  if (/^content\/(guides|instructor)\//.test(unit.sourceFile)) return { kind: 'exempt', reason: 'instructor material' };
  if (/^content\/(lessons|exercises)\//.test(unit.sourceFile)) {
    const lesson = order.lessonOfFile.get(unit.sourceFile);
    return lesson ? { kind: 'lesson', lesson } : { kind: 'exempt', reason: 'its lesson number is unknown (see the frontmatter error)' };
  }
  // Course pages, and anything else a learner may read, come before the lessons.
  return { kind: 'before-lessons' };
}

/** How messages name where a feature is introduced: "lesson 3.4 (DebugAllocator, defer and errdefer)", "Module 1". */
export function describeIntroduction(introduced: string, order: Pick<CourseOrder, 'titles'>): string {
  if (isPriorModule(introduced)) return `Module ${introduced.slice(1)}`;
  const title = order.titles.get(introduced);
  return title ? `lesson ${introduced} (${title})` : `lesson ${introduced}`;
}

/** How messages name a place: "lesson 3.2", "a course page". */
export function describePlace(place: Place): string {
  if (place.kind === 'lesson') return `lesson ${place.lesson}`;
  if (place.kind === 'before-lessons') return 'a course page (read before the first lesson)';
  return place.reason;
}
