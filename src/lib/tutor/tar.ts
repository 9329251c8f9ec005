/**
 * A deterministic .tar.gz, written with tar-stream: entries in the order
 * given, every file 0644 owned by root:root (uid and gid 0) with one fixed
 * mtime, gzipped with Node's zlib (its gzip header carries no timestamp or
 * file name). The same files give the same bytes.
 */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';

export interface TarFile {
  /** Path inside the archive, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The gzipped tar stream (level 9); `mtime` in seconds since 1970. */
export async function tarGz(files: TarFile[], mtime: number): Promise<Uint8Array<ArrayBuffer>> {
  const archive = pack();
  const written = collect(archive);
  for (const file of files) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    archive.entry(
      { name: file.path, size: content.length, mode: 0o644, uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: new Date(mtime * 1000), type: 'file' },
      content,
    );
  }
  archive.finalize();
  return new Uint8Array(gzipSync(await written, { level: 9 }));
}

/** Reads an (uncompressed) tar stream back, regular files only: for tests and checks. */
export async function untar(bytes: Uint8Array): Promise<TarFile[]> {
  const files: TarFile[] = [];
  const reader = extract();
  Readable.from([Buffer.from(bytes)]).pipe(reader);
  for await (const entry of reader) {
    const content = await collect(entry);
    if (entry.header.type === 'file') files.push({ path: entry.header.name, content: new Uint8Array(content) });
  }
  return files;
}
