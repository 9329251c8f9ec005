/**
 * Authored memory layouts: what a run cannot show (a stack frame whose slice
 * points into a heap array, a weight matrix laid out row by row, an arena's
 * chunks and its bump pointer), described as boxes of cells and arrows
 * between them, drawn as static SVG at build time in the style of the traced
 * diagrams (src/lib/trace-diagram.ts). Pure: description in, hast out.
 *
 * A ```memory-layout fence holds the description in YAML (see README,
 * "Authored diagrams"); src/plugins/remark-layout-diagrams.ts reads it.
 */
import type { Element, ElementContent } from 'hast';
import { z } from 'zod';
import { h, round1, svg, text } from './hast-build.ts';

const cellSchema = z.union([
  z.string(),
  z.strictObject({
    text: z.string(),
    /** `hot`: the cells the prose is about; `used`: filled; `free`: empty (dashed). */
    tone: z.enum(['hot', 'used', 'free']).optional(),
    /** Width in cells (default 1). */
    span: z.number().int().min(1).max(8).optional(),
  }),
]);

export const layoutSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence that says what the picture shows, for screen readers (the cells and arrows are listed too). */
  alt: z.string().min(1).optional(),
  boxes: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        label: z.string(),
        /** Where it lives: colours the box like the traced diagrams colour allocators. */
        region: z.enum(['stack', 'heap', 'static', 'other']).default('other'),
        note: z.string().optional(),
        cells: z.array(cellSchema).min(1),
        /** Cells per row (a grid); default: all in one row. */
        columns: z.number().int().min(1).optional(),
        /** Numbers under the cells: `true` for 0, 1, 2…, or one label per cell. */
        index: z.union([z.boolean(), z.array(z.string())]).optional(),
        /** Left indent, in cells. */
        indent: z.number().min(0).max(10).optional(),
      }),
    )
    .min(1),
  arrows: z
    .array(
      z.strictObject({
        /** `box` or `box.cell` (cell number from 0). */
        from: z.string(),
        to: z.string(),
        label: z.string().optional(),
      }),
    )
    .default([]),
});

export type LayoutSpec = z.infer<typeof layoutSchema>;
type Box = LayoutSpec['boxes'][number];

const s = svg;
const n = round1;

const WIDTH = 640;
const MARGIN = 12;
const LABEL_H = 20;
const CELL_H = 28;
const INDEX_H = 14;
const GAP = 44;

const cellText = (cell: Box['cells'][number]) => (typeof cell === 'string' ? cell : cell.text);
const cellSpan = (cell: Box['cells'][number]) => (typeof cell === 'string' ? 1 : (cell.span ?? 1));
const cellTone = (cell: Box['cells'][number]) => (typeof cell === 'string' ? undefined : cell.tone);

interface Placed {
  box: Box;
  y: number;
  height: number;
  /** The label goes under the cells when an arrow comes in from above, so the top edge stays clear for it. */
  labelY: number;
  cells: { x: number; y: number; width: number }[];
}

/** Where each box and cell goes: boxes stacked top to bottom, cells left to right (wrapping at `columns`). */
function place(spec: LayoutSpec): Placed[] {
  const placed: Placed[] = [];
  let y = MARGIN;
  const order = spec.boxes.map((b) => b.id);
  const boxOf = (ref: string) => order.indexOf(ref.split('.')[0]!);
  spec.boxes.forEach((box, position) => {
    const labelBelow = spec.arrows.some((arrow) => boxOf(arrow.to) === position && boxOf(arrow.from) < position);
    const columns = box.columns ?? box.cells.reduce((sum, cell) => sum + cellSpan(cell), 0);
    const indent = box.indent ?? 0;
    const unit = Math.min(96, Math.floor((WIDTH - 2 * MARGIN - 16) / (columns + indent)));
    const top = labelBelow ? y + 8 : y + LABEL_H + 6;
    const cells: Placed['cells'] = [];
    let column = 0;
    let row = 0;
    for (const cell of box.cells) {
      const span = cellSpan(cell);
      if (column + span > columns) {
        row++;
        column = 0;
      }
      cells.push({ x: MARGIN + 8 + (indent + column) * unit, y: top + row * (CELL_H + (box.index ? INDEX_H : 0) + 4), width: span * unit });
      column += span;
    }
    const rows = row + 1;
    const cellsHeight = rows * (CELL_H + (box.index ? INDEX_H : 0) + 4);
    const height = LABEL_H + 6 + cellsHeight + 6;
    placed.push({ box, y, height, cells, labelY: labelBelow ? top + cellsHeight + 14 : y + 16 });
    y += height + GAP;
  });
  return placed;
}

/** Resolves `box` or `box.3` to a box and an optional cell. */
function endpoint(placed: Placed[], ref: string): { placed: Placed; cell?: number } | undefined {
  const [id, cell] = ref.split('.');
  const target = placed.find((p) => p.box.id === id);
  if (!target) return undefined;
  if (cell === undefined) return { placed: target };
  const index = Number(cell);
  return Number.isInteger(index) && index >= 0 && index < target.cells.length ? { placed: target, cell: index } : undefined;
}

/** What is wrong with the arrows of a description (names that match no box or cell), for a located error. */
export function layoutProblems(spec: LayoutSpec): string[] {
  const placed = place(spec);
  const problems: string[] = [];
  const ids = spec.boxes.map((b) => b.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) problems.push(`two boxes have id "${twice}"`);
  for (const arrow of spec.arrows) {
    for (const ref of [arrow.from, arrow.to])
      if (!endpoint(placed, ref)) problems.push(`arrow end "${ref}" names no box (or no such cell): use "box" or "box.N" with N from 0`);
  }
  for (const box of spec.boxes) {
    if (Array.isArray(box.index) && box.index.length !== box.cells.length)
      problems.push(`box "${box.id}" has ${box.cells.length} cells but ${box.index.length} index labels`);
  }
  return problems;
}

function describeLayout(spec: LayoutSpec): string[] {
  const lines = spec.boxes.map(
    (box) =>
      `${box.label}${box.note ? ` (${box.note})` : ''}: ${box.cells.map((cell, i) => `${Array.isArray(box.index) ? `${box.index[i]} ` : box.index ? `[${i}] ` : ''}${cellText(cell)}${cellTone(cell) === 'hot' ? ' (highlighted)' : cellTone(cell) === 'free' ? ' (free)' : ''}`).join(', ')}`,
  );
  const name = (ref: string) => {
    const [id, cell] = ref.split('.');
    const box = spec.boxes.find((b) => b.id === id)!;
    return cell === undefined ? box.label : `${box.label}, cell ${cell} (${cellText(box.cells[Number(cell)]!)})`;
  };
  for (const arrow of spec.arrows) lines.push(`${name(arrow.from)} → ${name(arrow.to)}${arrow.label ? `: ${arrow.label}` : ''}`);
  return lines;
}

/** An arrow's label on a plate of the page colour, so the line it sits on does not run through the text (11px mono: about 6.7px a character). */
function arrowLabel(label: string, x: number, y: number, alignEnd: boolean): Element[] {
  const width = label.length * 6.7 + 6;
  const left = alignEnd ? x - width + 3 : x - 3;
  return [
    s('rect', { class: 'layout-diagram__label-plate', x: n(left), y: n(y - 11), width: n(width), height: 15, rx: 3 }),
    s('text', { class: 'layout-diagram__arrow-label', x: n(x), y: n(y), ...(alignEnd ? { 'text-anchor': 'end' } : {}) }, [text(label)]),
  ];
}

/** The figure: the SVG, its caption, and the boxes and arrows as a list (the text alternative). `id` makes SVG ids unique on the page. */
export function renderLayoutDiagram(spec: LayoutSpec, id: string): Element {
  const base = `layout-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const placed = place(spec);
  const body: ElementContent[] = [];
  for (const p of placed) {
    const { box } = p;
    const right = Math.max(...p.cells.map((c) => c.x + c.width)) + 8;
    const children: ElementContent[] = [
      s('rect', {
        class: `layout-diagram__box layout-diagram__box--${box.region}`,
        x: MARGIN,
        y: p.y,
        width: n(Math.max(right - MARGIN, 200)),
        height: p.height,
        rx: 5,
      }),
      s('text', { class: 'layout-diagram__box-label', x: MARGIN + 8, y: p.labelY }, [text(box.label)]),
    ];
    if (box.note)
      children.push(s('text', { class: 'layout-diagram__box-note', x: n(MARGIN + 8 + box.label.length * 7.3 + 10), y: p.labelY }, [text(box.note)]));
    box.cells.forEach((cell, i) => {
      const c = p.cells[i]!;
      const tone = cellTone(cell);
      children.push(
        s('rect', {
          class: `layout-diagram__cell${tone ? ` layout-diagram__cell--${tone}` : ''}`,
          x: n(c.x),
          y: n(c.y),
          width: n(c.width),
          height: CELL_H,
          ...(tone === 'free' ? { 'stroke-dasharray': '4 3' } : {}),
        }),
      );
      children.push(
        s('text', { class: 'layout-diagram__cell-text', x: n(c.x + c.width / 2), y: n(c.y + 18), 'text-anchor': 'middle' }, [text(cellText(cell))]),
      );
      if (box.index) {
        const label = Array.isArray(box.index) ? box.index[i]! : String(i);
        children.push(s('text', { class: 'layout-diagram__index', x: n(c.x + c.width / 2), y: n(c.y + CELL_H + 11), 'text-anchor': 'middle' }, [text(label)]));
      }
    });
    body.push(s('g', { class: `layout-diagram__group layout-diagram__group--${box.region}` }, children));
  }
  for (const arrow of spec.arrows) {
    const from = endpoint(placed, arrow.from)!;
    const to = endpoint(placed, arrow.to)!;
    const point = (end: { placed: Placed; cell?: number }, side: 'top' | 'bottom') => {
      const c = end.cell !== undefined ? end.placed.cells[end.cell]! : undefined;
      const x = c ? c.x + c.width / 2 : MARGIN + 60;
      const y = side === 'top' ? (c ? c.y : end.placed.y) : c ? c.y + CELL_H : end.placed.y + end.placed.height;
      return { x, y };
    };
    const down = to.placed.y >= from.placed.y;
    const a = point(from, down ? 'bottom' : 'top');
    const b = point(to, down ? 'top' : 'bottom');
    const tip = down ? b.y - 2 : b.y + 2;
    const bend = (tip - a.y) / 2;
    body.push(
      s('g', { class: 'layout-diagram__arrow-group' }, [
        s('path', {
          class: 'layout-diagram__arrow',
          d: `M${n(a.x)} ${n(a.y)} C${n(a.x)} ${n(a.y + bend)} ${n(b.x)} ${n(tip - bend)} ${n(b.x)} ${n(tip - (down ? 7 : -7))}`,
        }),
        s('path', {
          class: 'layout-diagram__arrowhead',
          d: `M${n(b.x - 5)} ${n(tip - (down ? 8 : -8))} L${n(b.x + 5)} ${n(tip - (down ? 8 : -8))} L${n(b.x)} ${n(tip)} Z`,
        }),
        // The label sits just past the arrow's start, in the gap between boxes (towards the middle, so it stays inside).
        ...(arrow.label
          ? arrowLabel(arrow.label, a.x > WIDTH / 2 ? a.x - 6 : a.x + 6, down ? from.placed.y + from.placed.height + 14 : from.placed.y - 6, a.x > WIDTH / 2)
          : []),
      ]),
    );
  }
  const last = placed[placed.length - 1]!;
  const height = Math.ceil(last.y + last.height + MARGIN);
  const lines = describeLayout(spec);
  const svg = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'layout-diagram__svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-labelledby': `${base}-title ${base}-desc`,
      'data-diagram': 'layout',
    },
    [s('title', { id: `${base}-title` }, [text(spec.title)]), s('desc', { id: `${base}-desc` }, [text(spec.alt ?? lines.join('. '))]), ...body],
  );
  return h('figure', { className: ['layout-diagram'] }, [
    h('div', { className: ['layout-diagram__scroll'], tabIndex: 0, role: 'group', ariaLabel: `${spec.title} (scrolls sideways on narrow screens)` }, [svg]),
    h('figcaption', { className: ['layout-diagram__caption'] }, [
      h('span', { className: ['layout-diagram__title'] }, [text(spec.title)]),
      text(' A layout drawn by hand: no run can show where bytes sit, so this one is a description, not a measurement.'),
    ]),
    h('details', { className: ['trace-diagram__details'] }, [
      h('summary', {}, [text('The same layout, as a list')]),
      h(
        'ul',
        { className: ['layout-diagram__list'] },
        lines.map((line) => h('li', {}, [text(line)])),
      ),
    ]),
  ]);
}
