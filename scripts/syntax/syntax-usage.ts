/**
 * Where each inventory feature is used, for the instructor pages: the lesson
 * that introduces it, then the lessons whose shown blocks use it, each with
 * its first use. Computed from the scan record, so building the site needs no
 * Zig; pure apart from loadSyntaxUsage, which reads the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature } from '../../src/schemas/syntax-inventory.ts';
import type { SourceLocation } from '../verify/errors.ts';
import { courseLayout } from '../verify/extract/load-course.ts';
import type { VerifyUnit } from '../verify/extract/unit.ts';
import { locateUse } from './check-syntax-order.ts';
import { readCourseOrder, readInventory } from './course-data.ts';
import { describeUse, indexFeatures, matchUse, type FeatureIndex } from './feature-index.ts';
import { compareLessonNumbers, type CourseOrder } from './lesson-place.ts';
import { expandScan, readScanRecord, type ScanEntry } from './scan-record.ts';
import { scannerHash } from './scanner.ts';
import { scannableUnits, type ScannableUnit } from './syntax-order.ts';

/** Course pages come before every lesson. */
export const COURSE_PAGES = 'pages';

/** The anchor of a block's code frame on its page (as src/lib/render-code-frame.ts writes it). */
export function blockAnchor(unitId: string): string {
  return `block-${unitId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** One shown use of a feature. */
export interface UseSite {
  unitId: string;
  kind: VerifyUnit['kind'];
  /** A lesson number, or COURSE_PAGES. */
  lesson: string;
  /** The content file that shows the block (a lesson, an exercise.mdx, a page). */
  shownIn: string;
  /** The file name the reader sees on the block's frame (`arena.zig`), or the exercise file. */
  title: string;
  /** Where the use is written in the repository. */
  location: SourceLocation;
}

export interface LessonUse {
  lesson: string;
  /** The first shown use in that lesson (its blocks in order, then its exercise). */
  first: UseSite;
  /** Shown blocks of that lesson that use it. */
  blocks: number;
}

export interface FeatureUsage {
  feature: Feature;
  /** In course order: course pages, then lessons. */
  lessons: LessonUse[];
}

export interface SyntaxUsage {
  /** In inventory order. */
  features: FeatureUsage[];
  /** Uses the inventory does not list, with the blocks that show them (only opt-outs can). */
  unlisted: { name: string; sites: UseSite[] }[];
  /** Blocks that opted out, with their reasons. */
  optOuts: { unitId: string; shownIn: string; reason: string }[];
  /** Learner-facing blocks with no scan in the record (run `npm run verify`). */
  unscanned: string[];
  order: CourseOrder;
}

const compareLessons = (a: string, b: string) => (a === b ? 0 : a === COURSE_PAGES ? -1 : b === COURSE_PAGES ? 1 : compareLessonNumbers(a, b));

/** Folds every shown use of every scanned unit into per-feature usage. */
export function computeSyntaxUsage(units: ScannableUnit[], entries: ReadonlyMap<string, ScanEntry>, index: FeatureIndex, order: CourseOrder): SyntaxUsage {
  const byFeature = new Map<string, Map<string, LessonUse>>();
  const unlisted = new Map<string, UseSite[]>();
  const optOuts: SyntaxUsage['optOuts'] = [];
  const unscanned: string[] = [];
  // A lesson's exercise after its own blocks, so "first use" is the one a learner meets first.
  const isExercise = (u: ScannableUnit) => Number(u.unit.sourceFile.startsWith('content/exercises/'));
  const ordered = [...units].sort((a, b) => isExercise(a) - isExercise(b));
  for (const { unit, target, files, key } of ordered) {
    const entry = entries.get(unit.id);
    if (!entry || entry.key !== key) {
      unscanned.push(unit.id);
      continue;
    }
    if (target.optOut) optOuts.push({ unitId: unit.id, shownIn: unit.sourceFile, reason: target.optOut.reason });
    const lesson = target.place.kind === 'lesson' ? target.place.lesson : COURSE_PAGES;
    const seenHere = new Set<string>();
    for (const file of files) {
      for (const use of expandScan(entry.files[file.name]!).uses) {
        if (file.shown && !file.shown.has(use.line)) continue;
        const match = matchUse(index, use);
        if (match.status === 'untracked') continue;
        const site: UseSite = { unitId: unit.id, kind: unit.kind, lesson, shownIn: unit.sourceFile, title: file.name, location: locateUse(file.origin, use) };
        if (match.status === 'unlisted') {
          const name = describeUse(use);
          if (!unlisted.get(name)?.some((s) => s.unitId === unit.id)) unlisted.set(name, [...(unlisted.get(name) ?? []), site]);
          continue;
        }
        const id = match.feature.id;
        const lessons = byFeature.get(id) ?? new Map<string, LessonUse>();
        byFeature.set(id, lessons);
        const known = lessons.get(lesson);
        if (!known) lessons.set(lesson, { lesson, first: site, blocks: 1 });
        else if (!seenHere.has(id)) known.blocks++;
        seenHere.add(id);
      }
    }
  }
  return {
    features: index.features.map((feature) => ({
      feature,
      lessons: [...(byFeature.get(feature.id)?.values() ?? [])].sort((a, b) => compareLessons(a.lesson, b.lesson)),
    })),
    unlisted: [...unlisted].map(([name, sites]) => ({ name, sites })).sort((a, b) => a.name.localeCompare(b.name)),
    optOuts,
    unscanned,
    order,
  };
}

/**
 * Reads the inventory, the lessons' frontmatter and the scan record of the
 * course at `courseRoot` (the scanner's source from `projectRoot`, for the
 * scan keys); undefined without an inventory.
 */
export function loadSyntaxUsage(courseRoot: string, projectRoot: string, units: readonly VerifyUnit[], zigVersion: string): SyntaxUsage | undefined {
  const layout = courseLayout(courseRoot);
  const inventory = readInventory(layout);
  if (!inventory) return undefined;
  const order = readCourseOrder(layout);
  const cache = new Map<string, string[]>();
  const lines = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFileSync(path.join(layout.root, file), 'utf8').split('\n'));
    return cache.get(file)!;
  };
  const scannable = scannableUnits(units, order, { zigVersion, scanner: scannerHash(projectRoot) }, lines);
  return computeSyntaxUsage(scannable, readScanRecord(layout.recordDir).entries, indexFeatures(inventory.features), order);
}
