/** What a module's print edition contains, in order: its chapters and their parts, for the page, its TOC and the PDF outline. */
import { exercisePath, getCourse, href, lessonPath, type CourseLesson, type CourseModule } from './course.ts';

export interface PrintPart {
  anchor: string;
  title: string;
}

export interface PrintChapter {
  number: number;
  anchor: string;
  title: string;
  entry: CourseLesson;
  parts: PrintPart[];
}

export const printPath = (module: number) => `/print/module-${module}/`;
export const printPdfPath = (module: number) => `/print/module-${module}.pdf`;

export function chaptersOf(module: CourseModule): PrintChapter[] {
  return module.lessons.map((entry, i) => {
    const anchor = `ch-${i + 1}`;
    const parts: PrintPart[] = [
      { anchor: `${anchor}-lesson`, title: 'Lesson' },
      { anchor: `${anchor}-guide`, title: 'Instructor guide' },
    ];
    if (entry.exercise) {
      parts.push({ anchor: `${anchor}-exercise`, title: `Exercise: ${entry.exercise.data.title}` });
      parts.push({ anchor: `${anchor}-solution`, title: 'Reference solution' });
    }
    return { number: i + 1, anchor, title: `${entry.lesson.data.number} ${entry.lesson.data.title}`, entry, parts };
  });
}

/** Every published module with its chapters. */
export async function printEditions(): Promise<{ module: CourseModule; chapters: PrintChapter[] }[]> {
  return (await getCourse())
    .filter(({ module, lessons }) => module.data.published && lessons.length)
    .map((module) => ({ module, chapters: chaptersOf(module) }));
}

/** Static paths of the routes under `/print/module-[module]…` (the HTML edition and its running-header stylesheet). */
export async function printEditionPaths() {
  return (await printEditions()).map((edition) => ({ params: { module: String(edition.module.module.data.number) }, props: edition }));
}

/** Links inside the print edition that should point at chapters rather than the site. */
export async function printTargets(): Promise<Record<string, { anchor: string; reference: string }>> {
  const targets: Record<string, { anchor: string; reference: string }> = {};
  for (const { chapters } of await printEditions()) {
    for (const chapter of chapters) {
      targets[href(lessonPath(chapter.entry.lesson))] = { anchor: chapter.anchor, reference: `chapter ${chapter.number}` };
      targets[href(exercisePath(chapter.entry.lesson))] = { anchor: `${chapter.anchor}-exercise`, reference: `chapter ${chapter.number}, exercise` };
    }
  }
  return targets;
}

/** A CSS string literal. */
export const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
