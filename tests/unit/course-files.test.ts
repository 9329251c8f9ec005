import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, writeFileAtomically } from '../../course/files.ts';

describe('listFiles', () => {
  it("lists a folder's files right after the folder, by name, and only files that pass", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'course-files-'));
    for (const file of ['b.json', 'a-b.json', 'a/z.json', 'a/b/c.json', 'a/notes.txt']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    const listed = listFiles(dir, (name) => name.endsWith('.json')).map((file) => path.relative(dir, file));
    // Depth first: a/… before a-b.json, although "-" sorts before "/" in a plain string sort.
    expect(listed).toEqual(['a/b/c.json', 'a/z.json', 'a-b.json', 'b.json']);
    expect(listFiles(path.join(dir, 'missing'), () => true)).toEqual([]);
  });
});

describe('writeFileAtomically', () => {
  it('writes through a rename, creates folders, and leaves an identical file alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'course-files-'));
    const file = path.join(dir, 'deep', 'record.json');
    expect(writeFileAtomically(file, '{"a":1}\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    const written = statSync(file).mtimeMs;
    expect(writeFileAtomically(file, '{"a":1}\n')).toBe(false);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(writeFileAtomically(file, '{"a":2}\n')).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual(['record.json']);
  });
});
