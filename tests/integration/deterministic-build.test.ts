/**
 * Two clean builds give byte-identical dist/ (no clocks, no absolute paths, no
 * random ids, stable order), and nothing of the build machine is published.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildFixtureSite, type BuiltSite } from '../helpers/fixture-site.ts';
import { projectRoot } from '../helpers/run-verify.ts';

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

let first: BuiltSite;
let second: BuiltSite;
beforeAll(async () => {
  first = inject('fixtureSite');
  // A second clean clone: same content, same committed record, another folder.
  // (Fresh verification would record other durations, which the status page shows.)
  second = await buildFixtureSite('course', [], first.course);
});

describe('the build', () => {
  it('is byte-identical when run twice', () => {
    const a = tree(first.dist);
    const b = tree(second.dist);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    // The comparison covers every kind of output, the PDFs included (an empty or PDF-less build would compare equal too).
    for (const needed of ['index.html', 'instructor/index.html', 'instructor/print/module-1.pdf', 'pagefind/pagefind.js'])
      expect(a.has(needed), needed).toBe(true);
  });

  it('publishes no path of the build machine, no temporary folder and no cache hash', () => {
    const forbidden = [projectRoot, first.course, second.course, os.tmpdir() + '/', '/root/', '/home/', 'zig-verify-', 'node_modules'];
    // Pagefind's own assets ship as built upstream (its wasm names its build
    // machine's paths); only the index made from our pages is ours to check.
    const vendored = /(^|\/)pagefind\/(wasm\.[\w.]+|pagefind[\w-]*\.(js|css))$/;
    const hits: string[] = [];
    for (const [file, bytes] of tree(first.dist)) {
      if (vendored.test(file)) continue;
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
      for (const needle of forbidden) if (text.includes(needle)) hits.push(`${file}: ${needle}`);
      // The Zig cache appears only as the placeholder a reader's own machine would show.
      if (/(?<!~\/)\.cache\/zig/.test(text)) hits.push(`${file}: a real .cache/zig path`);
      if (/\b[0-9a-f]{32}\b/.test(text) && !file.includes('pagefind') && !file.endsWith('.pdf')) hits.push(`${file}: a 32-hex cache hash`);
    }
    expect(hits).toEqual([]);
  });
});
