/**
 * The units the syntax-order check judges, with their places in the course and
 * their scan keys. Pure: no Zig is needed to list them, so the site (the
 * instructor's syntax inventory) and the verifier list the same units.
 */
import type { VerifyUnit } from '../extract/unit.ts';
import type { CheckFile, CheckTarget } from './check-syntax-order.ts';
import { placeOf, type CourseOrder } from './lesson-place.ts';
import { scanKey } from './scan-record.ts';

/** A learner-facing unit: what is scanned, and where it sits. */
export interface ScannableUnit {
  unit: VerifyUnit;
  target: Omit<CheckTarget, 'files'>;
  /** The files scanned, by name, with where they come from and which lines are shown. */
  files: { name: string; text: string; origin: CheckFile['origin']; shown?: ReadonlySet<number> }[];
  key: string;
}

/** The files of a unit a learner sees: a fence's file (only its shown lines), or an exercise's starter and tests (whole). */
function scannedFiles(unit: VerifyUnit): ScannableUnit['files'] {
  if (unit.kind === 'fence') {
    return [{ name: unit.main, text: unit.files[unit.main]!, origin: unit.origins[unit.main]!, shown: new Set(unit.display?.lineMap ?? []) }];
  }
  return Object.keys(unit.files).map((name) => ({ name, text: unit.files[name]!, origin: unit.origins[name]! }));
}

/** Lists the units the check covers, with their places and scan keys (no Zig needed). */
export function scannableUnits(courseUnits: readonly VerifyUnit[], order: CourseOrder, keyParts: { zigVersion: string; scanner: string }): ScannableUnit[] {
  const { zigVersion, scanner } = keyParts;
  const units: ScannableUnit[] = [];
  for (const unit of courseUnits) {
    const place = placeOf(unit, order);
    if (place.kind === 'exempt') continue;
    const files = scannedFiles(unit);
    const optOut = unit.kind === 'fence' ? unit.syntaxOk : undefined;
    units.push({
      unit,
      target: { id: unit.id, place, location: unit.location, isExercise: unit.kind !== 'fence', ...(optOut ? { optOut } : {}) },
      files,
      key: scanKey(Object.fromEntries(files.map((f) => [f.name, f.text])), zigVersion, scanner),
    });
  }
  return units;
}
