/**
 * A deterministic .tar.gz: POSIX ustar entries in the order given, every file
 * 0644 owned by 0:0 with one fixed mtime, gzipped with Node's zlib (its gzip
 * header carries no timestamp or file name). The same files give the same bytes.
 */
import { gzipSync } from 'node:zlib';

export interface TarFile {
  /** Path inside the archive, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

const BLOCK = 512;
const encoder = new TextEncoder();

/** Writes `value` into `header` at `offset`, NUL-padded to `length` (an error if it does not fit). */
function field(header: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`tar: "${value}" does not fit in a ${length}-byte header field`);
  header.set(bytes, offset);
}

/** An octal number field: zero-padded digits and a NUL. */
const octal = (header: Uint8Array, offset: number, length: number, value: number) => field(header, offset, length, value.toString(8).padStart(length - 1, '0'));

/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes), at a slash. */
function splitPath(path: string): { prefix: string; name: string } {
  if (encoder.encode(path).length <= 100) return { prefix: '', name: path };
  for (let cut = path.indexOf('/'); cut >= 0; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { prefix, name };
  }
  throw new Error(`tar: path too long for a ustar header: ${path}`);
}

function header(path: string, size: number, mtime: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const { prefix, name } = splitPath(path);
  field(block, 0, 100, name);
  octal(block, 100, 8, 0o644);
  octal(block, 108, 8, 0); // uid
  octal(block, 116, 8, 0); // gid
  octal(block, 124, 12, size);
  octal(block, 136, 12, mtime);
  block.fill(0x20, 148, 156); // checksum counts as spaces while it is computed
  block[156] = 0x30; // '0': a regular file
  field(block, 257, 6, 'ustar'); // magic "ustar\0"
  field(block, 263, 2, '00');
  field(block, 265, 32, 'root');
  field(block, 297, 32, 'root');
  octal(block, 329, 8, 0); // devmajor
  octal(block, 337, 8, 0); // devminor
  field(block, 345, 155, prefix);
  const sum = block.reduce((total, byte) => total + byte, 0);
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** The uncompressed tar stream. */
export function tar(files: TarFile[], mtime: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const file of files) {
    const content = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
    parts.push(header(file.path, content.length, mtime), content);
    const padding = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (padding) parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(BLOCK * 2)); // end of archive
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The gzipped tar stream (level 9). */
export function tarGz(files: TarFile[], mtime: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(tar(files, mtime), { level: 9 }));
}

/** Reads a tar stream back (regular files only): for tests and checks. */
export function untar(bytes: Uint8Array): TarFile[] {
  const decoder = new TextDecoder();
  const files: TarFile[] = [];
  const str = (offset: number, length: number) => decoder.decode(bytes.subarray(offset, offset + length)).replace(/\0.*$/s, '');
  for (let offset = 0; offset + BLOCK <= bytes.length;) {
    if (bytes.subarray(offset, offset + BLOCK).every((b) => b === 0)) break;
    const name = str(offset, 100);
    const prefix = str(offset + 345, 155);
    const size = parseInt(str(offset + 124, 12), 8);
    const start = offset + BLOCK;
    files.push({ path: prefix ? `${prefix}/${name}` : name, content: bytes.slice(start, start + size) });
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}
