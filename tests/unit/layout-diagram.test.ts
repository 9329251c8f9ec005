/**
 * The compact drawing of an authored layout (src/lib/layout-diagram.ts) fits
 * a phone's column: its viewBox is no wider than the width a 375px phone
 * draws it at (so nothing is scaled down; tests/integration/traced-diagrams
 * measures that width in Chromium), and every box, cell and text stays inside
 * it, with each cell's text inside its cell. Checked on every layout the
 * course draws, and on boxes made to be too wide.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LAYOUT_GEOMETRY, layoutProblems, layoutSchema, renderLayoutSvg, type LayoutSpec } from '../../src/lib/layout-diagram.ts';

/** What a 375px phone gives the drawing: less a classic 15px scrollbar (desktop Chromium at that width), the page's 1.25rem padding each side, the frame's 0.25rem padding and 1px border (src/styles/global.css, diagrams.css). */
const PHONE_DRAWN_WIDTH = 375 - 15 - 2 * 20 - 2 * 4 - 2 * 1;

const repo = (file: string) => new URL(`../../${file}`, import.meta.url);
const layoutsIn = (file: string): LayoutSpec[] =>
  [...readFileSync(repo(file), 'utf8').matchAll(/^```memory-layout[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => layoutSchema.parse(parseYaml(m[1]!)));

const courseLayouts = [
  'content/lessons/1.2-values-and-types.mdx',
  'content/lessons/1.4-arrays-and-for-loops.mdx',
  'content/lessons/3.2-pointers-and-slices.mdx',
  'content/lessons/3.5-arena-allocator.mdx',
  'content/lessons/3.7-memory-patterns-for-ml.mdx',
].flatMap((file) => layoutsIn(file).map((spec) => [file.replace(/^.*\/(\d\.\d).*$/, '$1'), spec] as const));

/** Advance of one character, per text class (JetBrains Mono is 0.6em; sizes from diagrams.css, cells at 10px in the compact drawing). */
const CHAR: Record<string, number> = {
  'layout-diagram__box-label': 7.3,
  'layout-diagram__box-note': 6.3,
  'layout-diagram__index': 6.3,
  'layout-diagram__arrow-label': 6.7,
  'layout-diagram__cell-text': 6,
};

interface Extent {
  kind: string;
  text: string;
  left: number;
  right: number;
}

/** The horizontal extent of every rect and text of a drawing (texts estimated from their length and anchor). */
function extents(svg: Element): Extent[] {
  const out: Extent[] = [];
  const walk = (node: Element) => {
    const p = node.properties;
    const kind = ((p.className as string[] | undefined) ?? []).join(' ');
    if (node.tagName === 'rect') out.push({ kind, text: '', left: Number(p.x), right: Number(p.x) + Number(p.width) });
    if (node.tagName === 'text') {
      const value = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const width = value.length * CHAR[kind]!;
      const x = Number(p.x);
      const left = p.textAnchor === 'middle' ? x - width / 2 : p.textAnchor === 'end' ? x - width : x;
      out.push({ kind, text: value, left, right: left + width });
    }
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(svg);
  return out;
}

const viewBoxWidth = (svg: Element) => Number(String(svg.properties.viewBox).split(' ')[2]);

describe('the compact drawing of a layout', () => {
  it('is no wider than a phone draws it', () => {
    expect(LAYOUT_GEOMETRY.compact.width).toBeLessThanOrEqual(PHONE_DRAWN_WIDTH);
    expect(PHONE_DRAWN_WIDTH).toBeLessThanOrEqual(343);
  });

  it.each(courseLayouts)('keeps every box, cell and text of the %s layout inside it, each cell text inside its cell', (_lesson, spec) => {
    expect(layoutProblems(spec)).toEqual([]);
    const svg = renderLayoutSvg(spec, 'test', 'compact');
    const width = viewBoxWidth(svg);
    expect(width).toBeLessThanOrEqual(PHONE_DRAWN_WIDTH);
    const all = extents(svg);
    expect(all.filter((e) => e.left < 0 || e.right > width).map((e) => `${e.kind} "${e.text}" ${e.left.toFixed(1)}..${e.right.toFixed(1)}`)).toEqual([]);
    // Cells come as rect then text: the text fits between the rect's borders.
    all.forEach((e, i) => {
      if (e.kind !== 'layout-diagram__cell-text') return;
      const cell = all[i - 1]!;
      expect(cell.kind, e.text).toMatch(/^layout-diagram__cell/);
      expect(e.left, `"${e.text}" in its cell`).toBeGreaterThanOrEqual(cell.left + 1);
      expect(e.right, `"${e.text}" in its cell`).toBeLessThanOrEqual(cell.right - 1);
    });
  });

  it('is the same picture in both drawings, and the wide one keeps its 640 units', () => {
    for (const [, spec] of courseLayouts) {
      const wide = renderLayoutSvg(spec, 'test', 'wide');
      const compact = renderLayoutSvg(spec, 'test', 'compact');
      expect(viewBoxWidth(wide)).toBe(640);
      const texts = (svg: Element) =>
        extents(svg)
          .filter((e) => e.text)
          .map((e) => e.text);
      // Same texts, except that a note may wrap onto more lines.
      expect(texts(compact).join(' ')).toBe(texts(wide).join(' '));
    }
  });

  it('wraps the cells of a box no arrow points into into rows, inside the width', () => {
    const spec = layoutSchema.parse({
      title: 't',
      boxes: [{ id: 'row', label: 'sixteen floats', index: true, cells: Array.from({ length: 16 }, (_, i) => `${i}.25`) }],
    });
    expect(layoutProblems(spec)).toEqual([]);
    const svg = renderLayoutSvg(spec, 'test', 'compact');
    const cells = extents(svg).filter((e) => e.kind === 'layout-diagram__cell');
    expect(Math.max(...cells.map((c) => c.right))).toBeLessThanOrEqual(viewBoxWidth(svg));
    // 16 cells of "10.25" need 36 units each: 8 to a row, two rows of equal length.
    const rows = new Set(
      extents(svg)
        .filter((e) => e.kind === 'layout-diagram__cell')
        .map((c) => c.left),
    );
    expect(rows.size).toBe(8);
  });

  it('is a problem when a box an arrow points into cannot fit, or a cell is wider than the drawing', () => {
    const cells = Array.from({ length: 12 }, (_, i) => `weight ${i}`);
    const pointed = layoutSchema.parse({
      title: 't',
      boxes: [
        { id: 'a', label: 'a', cells: ['p'] },
        { id: 'wide', label: 'w', cells },
      ],
      arrows: [{ from: 'a.0', to: 'wide.7' }],
    });
    expect(layoutProblems(pointed)).toEqual([
      expect.stringContaining(
        `box "wide" does not fit a phone's width: its 12 columns need 60 units each, and the compact drawing has 292 in all (its cells cannot wrap into rows, because an arrow points at one of them)`,
      ),
    ]);
    const huge = layoutSchema.parse({ title: 't', boxes: [{ id: 'one', label: 'x', cells: ['a'.repeat(60)] }] });
    expect(layoutProblems(huge)).toEqual([expect.stringContaining('box "one" does not fit a phone\'s width')]);
  });
});
