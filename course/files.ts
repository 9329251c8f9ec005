/**
 * The two file idioms the course model repeats: listing a folder's files in a
 * stable order, and writing a file so no reader ever sees it half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Path segments compared one by one: a folder's files come right after the folder, in name order, on every machine. */
function bySegments(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) return as[i]! < bs[i]! ? -1 : 1;
  }
  return as.length - bs.length;
}

/** Every file under `dir` (absolute paths) whose name passes `accept`, sorted by path segment; [] when `dir` does not exist. */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && accept(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(bySegments)
    .map((relative) => path.join(dir, relative));
}

/**
 * Writes `text` to `file` through a temporary file and a rename, so a crash or
 * a concurrent reader never sees half a file. False when the file already
 * holds exactly this text (nothing is written, the mtime is kept).
 */
export function writeFileAtomically(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return true;
}
