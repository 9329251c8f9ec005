/**
 * Where the AI tutor's reading list puts each file (see reading-list.ts).
 * Plain functions of ids and lesson numbers, so tests can name the files too.
 */
import type { Exercise, Lesson } from '../course.ts';

/** The folder of the instructor site that holds the set. */
export const TUTOR_DIR = 'tutor';
export const ARCHIVE_NAME = 'zig-for-python-developers-tutor.tar.gz';
/** The folder the archive unpacks into. */
export const ARCHIVE_ROOT = 'zig-for-python-developers-tutor';
export const SYNTAX_FILE = 'syntax_inventory.md';

/** "3.7-memory-patterns-for-ml" → "3.7_memory-patterns-for-ml": the number, an underscore, the slug. */
export const fileStem = (id: string, number: string) => `${number}_${id.startsWith(`${number}-`) ? id.slice(number.length + 1) : id}`;
export const lessonFile = (lesson: Pick<Lesson, 'id' | 'data'>) => `lessons/${fileStem(lesson.id, lesson.data.number)}.md`;
/** A lesson's guide has the lesson's name. */
export const guideFile = (lesson: Pick<Lesson, 'id' | 'data'>) => `guides/${fileStem(lesson.id, lesson.data.number)}.md`;
export const exerciseFile = (exercise: Pick<Exercise, 'id' | 'data'>) => `exercises/${fileStem(exercise.id, exercise.data.lesson)}/prompt.md`;

/** The names the course author's guides use ("Read modules/INSTRUCTOR_GUIDELINES.md"); other instructor pages follow the pattern. */
const KNOWN_INSTRUCTOR_PAGES: Record<string, string> = { guidelines: 'INSTRUCTOR_GUIDELINES', framework: 'PEDAGOGICAL_FRAMEWORK' };
export const instructorPageFile = (id: string) => `modules/${KNOWN_INSTRUCTOR_PAGES[id] ?? id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}.md`;
export const coursePageFile = (id: string) => `pages/${id}.md`;
