/**
 * What the syntax-order check reads besides the units: the inventory, and
 * each lesson's number and title and each exercise's lesson from their
 * frontmatter. Files with errors are skipped here: loadCourse has already
 * reported them, located.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { syntaxInventorySchema, type Feature } from '../../src/schemas/syntax-inventory.ts';
import { ContentError, type SourceLocation } from '../verify/errors.ts';
import { findFrontmatter, parseYamlWith } from '../verify/extract/frontmatter.ts';
import type { CourseLayout } from '../verify/extract/load-course.ts';
import { isPriorModule, type CourseOrder } from './lesson-place.ts';

/** The inventory file, relative to the course root. */
export const INVENTORY_FILE = 'content/syntax/inventory.yaml';

export interface LoadedInventory {
  features: Feature[];
  /** Where each feature's `introduced` value is written, by feature id, for located errors. */
  introducedAt: Map<string, SourceLocation>;
}

function tryParse<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

/** The inventory, or undefined when the course has none or it does not validate (reported by loadCourse). */
export function readInventory(layout: CourseLayout): LoadedInventory | undefined {
  const full = path.join(layout.root, INVENTORY_FILE);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, 'utf8');
  const inventory = tryParse(() => parseYamlWith(syntaxInventorySchema, { yaml: text, firstLine: 1 }, INVENTORY_FILE, 'syntax inventory'));
  if (!inventory) return undefined;

  const introducedAt = new Map<string, SourceLocation>();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const list = isMap(doc.contents) ? doc.contents.get('features', true) : undefined;
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const feature = inventory.features[i];
      if (!feature || !isMap(item)) return;
      const node = item.get('introduced', true) as { range?: [number, number, number] } | undefined;
      const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
      introducedAt.set(feature.id, { file: INVENTORY_FILE, line: pos.line, column: pos.col });
    });
  }
  return { features: inventory.features, introducedAt };
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Lesson numbers and titles from content/lessons/, and each exercise's lesson from content/exercises/. */
export function readCourseOrder(layout: CourseLayout): CourseOrder {
  const order: CourseOrder = { lessonOfFile: new Map(), titles: new Map(), fileOfLesson: new Map() };
  const lessonsDir = path.join(layout.contentDir, 'lessons');
  for (const name of listDir(lessonsDir).filter((n) => /\.mdx?$/.test(n))) {
    const file = `content/lessons/${name}`;
    const source = findFrontmatter(readFileSync(path.join(lessonsDir, name), 'utf8'));
    const lesson = source && tryParse(() => parseYamlWith(lessonSchema, source, file, 'lesson frontmatter'));
    if (!lesson) continue;
    order.lessonOfFile.set(file, lesson.number);
    order.titles.set(lesson.number, lesson.title);
    order.fileOfLesson.set(lesson.number, file);
  }
  const exercisesDir = path.join(layout.contentDir, 'exercises');
  for (const folder of listDir(exercisesDir)) {
    for (const name of ['exercise.mdx', 'exercise.md']) {
      const full = path.join(exercisesDir, folder, name);
      if (!existsSync(full)) continue;
      const file = `content/exercises/${folder}/${name}`;
      const source = findFrontmatter(readFileSync(full, 'utf8'));
      const exercise = source && tryParse(() => parseYamlWith(exerciseSchema, source, file, 'exercise frontmatter'));
      if (exercise) order.lessonOfFile.set(file, exercise.lesson);
    }
  }
  return order;
}

/** An inventory entry introduced in a lesson the course does not have is a located error. */
export function unknownLessonErrors(inventory: LoadedInventory, order: CourseOrder): ContentError[] {
  const lessons = [...order.titles.keys()];
  return inventory.features
    .filter((feature) => !isPriorModule(feature.introduced) && !order.titles.has(feature.introduced))
    .map(
      (feature) =>
        new ContentError(
          inventory.introducedAt.get(feature.id) ?? { file: INVENTORY_FILE, line: 1, column: 1 },
          `feature "${feature.id}" is introduced in lesson ${feature.introduced}, which the course does not have`,
          {
            why: 'the syntax-order check compares each block with the lesson that introduces each feature',
            fix: `use "M1", "M2" or one of the course's lessons: ${lessons.join(', ') || '(none)'}`,
          },
        ),
    );
}
