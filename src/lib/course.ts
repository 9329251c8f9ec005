/**
 * The course as pages see it: modules, lessons and exercises in order, their
 * URLs, and the reading order used for the sidebar and previous/next links.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;
export type Exercise = CollectionEntry<'exercises'>;
export type Module = CollectionEntry<'modules'>;

/** Prefixes a site path with the edition's base ("/" or "/instructor/"). */
export function href(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}

/** Compares lesson numbers numerically ("3.10" after "3.9"). */
export function compareNumbers(a: string, b: string): number {
  const [am, al] = a.split('.').map(Number);
  const [bm, bl] = b.split('.').map(Number);
  return am! - bm! || al! - bl!;
}

export const moduleOf = (lesson: Lesson) => Number(lesson.data.number.split('.')[0]);
export const lessonPath = (lesson: Lesson) => `/module-${moduleOf(lesson)}/${lesson.id}/`;
export const exercisePath = (lesson: Lesson) => `${lessonPath(lesson)}exercise/`;

export interface CourseLesson {
  lesson: Lesson;
  exercise: Exercise | undefined;
}

export interface CourseModule {
  module: Module;
  lessons: CourseLesson[];
}

export interface NavPage {
  title: string;
  path: string;
  /** Lesson id, for progress markers. */
  lessonId?: string;
  /** Objective ids of the lesson, so the sidebar can tell when it is done. */
  objectiveIds?: string[];
  kind: 'page' | 'lesson' | 'exercise';
}

let cached: Promise<CourseModule[]> | undefined;

/** Modules in order, each with its lessons in order and the exercise of each lesson. */
export function getCourse(): Promise<CourseModule[]> {
  cached ??= (async () => {
    const [modules, lessons, exercises] = await Promise.all([getCollection('modules'), getCollection('lessons'), getCollection('exercises')]);
    const exerciseOf = new Map(exercises.map((exercise) => [exercise.data.lesson, exercise]));
    return modules
      .sort((a, b) => a.data.number - b.data.number)
      .map((module) => ({
        module,
        lessons: lessons
          .filter((lesson) => moduleOf(lesson) === module.data.number)
          .sort((a, b) => compareNumbers(a.data.number, b.data.number))
          .map((lesson) => ({ lesson, exercise: exerciseOf.get(lesson.data.number) })),
      }));
  })();
  return cached;
}

/** Every lesson of the course, in order. */
export async function allLessons(): Promise<CourseLesson[]> {
  return (await getCourse()).flatMap((m) => m.lessons);
}

/** Static paths of the routes under `/module-[module]/[lesson]/` (the same URLs `lessonPath` builds), one per lesson. */
export async function lessonPagePaths(): Promise<{ params: { module: string; lesson: string }; props: { entry: CourseLesson } }[]> {
  return (await allLessons()).map((entry) => ({ params: { module: String(moduleOf(entry.lesson)), lesson: entry.lesson.id }, props: { entry } }));
}

/** The same, for the lessons that have an exercise (`…/exercise/`). */
export async function exercisePagePaths(): ReturnType<typeof lessonPagePaths> {
  return (await lessonPagePaths()).filter(({ props }) => props.entry.exercise);
}

/** The reading order: each lesson followed by its exercise. */
export async function readingOrder(): Promise<NavPage[]> {
  const order: NavPage[] = [];
  for (const { lesson, exercise } of await allLessons()) {
    const objectiveIds = lesson.data.objectives.map((o) => o.id);
    order.push({ title: `${lesson.data.number} ${lesson.data.title}`, path: lessonPath(lesson), lessonId: lesson.id, objectiveIds, kind: 'lesson' });
    if (exercise)
      order.push({ title: `Exercise ${lesson.data.number}: ${exercise.data.title}`, path: exercisePath(lesson), lessonId: lesson.id, kind: 'exercise' });
  }
  return order;
}

/** Previous and next pages around `path` in the reading order. */
export async function neighbours(path: string): Promise<{ previous?: NavPage; next?: NavPage }> {
  const order = await readingOrder();
  const index = order.findIndex((page) => page.path === path);
  if (index < 0) return {};
  return { ...(index > 0 ? { previous: order[index - 1]! } : {}), ...(index < order.length - 1 ? { next: order[index + 1]! } : {}) };
}
