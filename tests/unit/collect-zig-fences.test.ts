import { describe, expect, it } from 'vitest';
import { collectZigFences } from '../../scripts/verify/extract/collect-zig-fences.ts';
import { parseFenceMeta } from '../../scripts/verify/extract/fence-meta.ts';
import { parseMarkdown } from '../../scripts/verify/extract/parse-markdown.ts';
import { ContentError } from '../../scripts/verify/errors.ts';

const collect = (text: string, file: string) => collectZigFences(parseMarkdown(text, file), text);

const doc = [
  '---', // 1
  'title: x', // 2
  '---', // 3
  '', // 4
  '```zig run title="a.zig"', // 5
  'pub fn main() void {}', // 6
  '```', // 7
  '', // 8
  '1. A list item:', // 9
  '', // 10
  '   ```zig', // 11
  '   test {}', // 12
  '   ```', // 13
  '', // 14
  ':::instructor', // 15
  '```zig leak', // 16
  'test {}', // 17
  '```', // 18
  ':::', // 19
  '', // 20
  '::::hints', // 21
  ':::hint{tier=1}', // 22
  '```zig', // 23
  'test {}', // 24
  '```', // 25
  ':::', // 26
  '::::', // 27
  '', // 28
  '```python', // 29
  'print("not zig")', // 30
  '```', // 31
  '', // 32
  '```Zig', // 33
  'not exactly zig', // 34
  '```', // 35
].join('\n');

describe('collectZigFences', () => {
  it('finds fences in order, with positions, in Markdown', () => {
    const fences = collect(doc, 'x.md');
    expect(fences.map((f) => [f.ordinal, f.line, f.column, f.firstBodyLine, f.bodyIndent])).toEqual([
      [1, 5, 1, 6, 0],
      [2, 11, 4, 12, 3],
      [3, 16, 1, 17, 0],
      [4, 23, 1, 24, 0],
    ]);
    expect(fences[0]).toMatchObject({ meta: 'run title="a.zig"', metaColumn: 8, code: 'pub fn main() void {}' });
    expect(fences[1]).toMatchObject({ code: 'test {}', instructorOnly: false, inHint: false });
    expect(fences[2]).toMatchObject({ instructorOnly: true, inHint: false });
    expect(fences[3]).toMatchObject({ instructorOnly: false, inHint: true });
  });

  it('finds fences inside MDX components with the same positions', () => {
    const mdx = ['---', 'title: x', '---', '', '<Callout type="note">', '  Text', '', '  ```zig title="c.zig"', '  test {}', '  ```', '</Callout>', ''].join(
      '\n',
    );
    const fences = collect(mdx, 'x.mdx');
    expect(fences).toHaveLength(1);
    expect(fences[0]).toMatchObject({ line: 8, column: 3, firstBodyLine: 9, metaColumn: 10, code: 'test {}' });
  });

  it('keeps the info string as written: CommonMark would remove the backslashes of \\"', () => {
    const md = ['```zig compile-error="unable to load \\"x.zig\\"" tset', 'test {}', '```', ''].join('\n');
    for (const file of ['x.md', 'x.mdx']) {
      const [fence] = collect(md, file);
      expect(fence).toMatchObject({ meta: 'compile-error="unable to load \\"x.zig\\"" tset', metaColumn: 8 });
      try {
        parseFenceMeta(fence!.meta, { file, line: 1, column: fence!.metaColumn, sourceLine: fence!.fenceLine });
        throw new Error('expected the unknown word to be rejected');
      } catch (error) {
        // The caret sits under "tset", not two columns early.
        expect((error as ContentError).location.column).toBe(fence!.fenceLine.indexOf('tset') + 1);
      }
    }
  });

  it('reports an MDX syntax error as a located ContentError', () => {
    const broken = ['# Title', '', 'A bare { brace', ''].join('\n');
    expect(() => collect(broken, 'content/lessons/bad.mdx')).toThrow(ContentError);
    try {
      collect(broken, 'content/lessons/bad.mdx');
    } catch (error) {
      expect((error as ContentError).location).toMatchObject({ file: 'content/lessons/bad.mdx', line: 3 });
      expect((error as ContentError).message).toMatch(/^content\/lessons\/bad\.mdx:3:\d+: error: MDX syntax error/);
    }
  });
});
