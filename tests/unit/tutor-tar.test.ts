/** The tutor set's archive writer: deterministic bytes, and a stream GNU tar reads back as written. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tarGz, untar } from '../../src/lib/tutor/tar.ts';

const files = [
  { path: 'set/llms.txt', content: '# Title\n\n> Summary.\n' },
  { path: 'set/lessons/3.7_memory-patterns-for-ml.md', content: 'Zig’s “quotes” and ünïcode\n'.repeat(40) },
  { path: `set/${'deep/'.repeat(25)}file.md`, content: 'a path longer than 100 bytes\n' },
  { path: 'set/empty.md', content: '' },
];
const dir = mkdtempSync(path.join(os.tmpdir(), 'tutor-tar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tarGz', () => {
  it('gives the same bytes for the same files, with no gzip timestamp', async () => {
    const a = await tarGz(files, 946_684_800);
    expect(Buffer.from(a).equals(Buffer.from(await tarGz(files, 946_684_800)))).toBe(true);
    expect(Buffer.from(a).readUInt32LE(4)).toBe(0);
    expect(Buffer.from(a).equals(Buffer.from(await tarGz(files, 946_684_801)))).toBe(false);
  });

  it('reads back as written, in order', async () => {
    const back = await untar(gunzipSync(await tarGz(files, 0)));
    expect(back.map((f) => f.path)).toEqual(files.map((f) => f.path));
    back.forEach((f, i) => expect(Buffer.from(f.content).toString('utf8')).toBe(files[i]!.content));
  });

  it('is a valid archive to GNU tar: names (a long one too), sizes, owner and mtime', async () => {
    const archive = path.join(dir, 'set.tar.gz');
    writeFileSync(archive, await tarGz(files, 946_684_800));
    const listing = execFileSync('tar', ['--utc', '-tvzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).pop())).toEqual(files.map((f) => f.path));
    for (const line of listing) expect(line).toMatch(/^-rw-r--r-- root\/root\s+\d+ 2000-01-01 00:00 /);
    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    for (const file of files) expect(readFileSync(path.join(dir, file.path), 'utf8')).toBe(file.content);
  });

  it('stores a file name longer than a ustar header holds', async () => {
    const name = `set/${'x'.repeat(160)}.md`;
    expect((await untar(gunzipSync(await tarGz([{ path: name, content: 'long' }], 0)))).map((f) => f.path)).toEqual([name]);
  });
});
