/**
 * Authored memory layouts: what a run cannot show (a stack frame whose slice
 * points into a heap array, a weight matrix laid out row by row, an arena's
 * chunks and its bump pointer), described as boxes of cells and arrows
 * between them, drawn as static SVG at build time in the style of the traced
 * diagrams (src/lib/trace-diagram.ts). Pure: description in, hast out.
 *
 * Each layout is drawn twice, like a traced diagram: `wide` (640 units) and
 * `compact` (308 units: no wider than a 375px phone's column draws it, even
 * with a 15px classic scrollbar, so its text is not scaled down), which
 * diagrams.css shows instead below 40rem.
 * A compact box keeps its cells in one row when they fit, wraps them into rows
 * when no arrow touches them, and is a located error otherwise.
 *
 * A ```memory-layout fence holds the description in YAML (see README,
 * "Authored diagrams"); src/plugins/remark-layout-diagrams.ts reads it.
 */
import type { Element, ElementContent } from 'hast';
import { z } from 'zod';
import { diagramSvg, h, round1, svg, text } from './hast-build.ts';

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
        /**
         * The cells are what a verified block prints: `shows` (default "{cells}"), with
         * {cells} replaced by the cells' text joined with `join` (default ""), must occur
         * in the recorded output of the block named `block` (checked at build time).
         */
        output: z.strictObject({ block: z.string().min(1), shows: z.string().min(1).default('{cells}'), join: z.string().default('') }).optional(),
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
export type LayoutKind = 'wide' | 'compact';

const s = svg;
const n = round1;

/** `margin`: canvas edge to box; `pad`: box edge to cells; `cellChar`: advance of a cell text's character (diagrams.css sets 11px wide, 10px compact). */
export const LAYOUT_GEOMETRY = {
  wide: { width: 640, margin: 12, pad: 8, cellChar: 6.6 },
  compact: { width: 308, margin: 4, pad: 4, cellChar: 6 },
} as const satisfies Record<LayoutKind, { width: number; margin: number; pad: number; cellChar: number }>;

const LABEL_H = 20;
const LINE_H = 14;
const CELL_H = 28;
const INDEX_H = 14;
const GAP = 44;
const TIGHT_GAP = 14;
const MAX_UNIT = 96;
/** Advance of one character of JetBrains Mono (0.6em) at the sizes diagrams.css gives the texts. */
const CHAR = { label: 7.3, note: 6.3, index: 6.3, arrow: 6.7 };

const cellText = (cell: Box['cells'][number]) => (typeof cell === 'string' ? cell : cell.text);
const cellSpan = (cell: Box['cells'][number]) => (typeof cell === 'string' ? 1 : (cell.span ?? 1));
const cellTone = (cell: Box['cells'][number]) => (typeof cell === 'string' ? undefined : cell.tone);
const indexLabel = (box: Box, i: number) => (Array.isArray(box.index) ? (box.index[i] ?? '') : box.index ? String(i) : '');

/** The text a box's `output` check looks for in the block's output. */
export function outputShows(box: Box): string | undefined {
  if (!box.output) return undefined;
  const cells = box.cells.map(cellText).join(box.output.join);
  return box.output.shows.split('{cells}').join(cells);
}

/** Words wrapped into lines of at most `chars` characters (a word longer than that gets a line of its own). */
function wrapWords(value: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

interface HeadLine {
  text: string;
  kind: 'label' | 'note';
  x: number;
  /** Line number from the first (each line LINE_H below the one before). */
  line: number;
}

/** The label, then the note beside it when it fits on the same line, else under it; both wrapped to the canvas. */
function headLines(box: Box, x: number, right: number): HeadLine[] {
  const lines: HeadLine[] = wrapWords(box.label, Math.floor((right - x) / CHAR.label)).map((t, line) => ({ text: t, kind: 'label', x, line }));
  if (!box.note) return lines;
  const last = lines[lines.length - 1]!;
  const beside = x + last.text.length * CHAR.label + 10;
  if (beside + box.note.length * CHAR.note <= right) return [...lines, { text: box.note, kind: 'note', x: n(beside), line: last.line }];
  return [
    ...lines,
    ...wrapWords(box.note, Math.floor((right - x) / CHAR.note)).map((t, i) => ({ text: t, kind: 'note' as const, x, line: last.line + 1 + i })),
  ];
}

/** The narrowest cell (one column) in which every text of the box fits: cell texts, and index labels, which may lean into a neighbour's empty space. */
function minUnit(box: Box, pad: number, cellChar: number): number {
  let need = 0;
  for (const cell of box.cells) need = Math.max(need, (cellText(cell).length * cellChar + 6) / cellSpan(cell));
  if (box.index) {
    const widths = box.cells.map((_, i) => indexLabel(box, i).length * CHAR.index);
    const spans = box.cells.map(cellSpan);
    // Two neighbouring labels, centred under their cells, are (span + span) / 2 columns apart.
    widths.forEach((w, i) => {
      if (i > 0) need = Math.max(need, ((w + widths[i - 1]!) / 2 + 4) / ((spans[i]! + spans[i - 1]!) / 2));
    });
    // The first and last labels stay inside the box: centred, or else leaning inwards from the cell's outer edge (see indexAnchor).
    const last = widths.length - 1;
    const edge = (w: number, span: number, next: number | undefined, nextSpan: number) =>
      Math.min((w - 2 * pad + 2) / span, next === undefined ? (w + 2) / span : (w + 5 + next / 2) / (span + nextSpan / 2));
    need = Math.max(need, edge(widths[0]!, spans[0]!, widths[1], spans[1] ?? 0), edge(widths[last]!, spans[last]!, widths[last - 1], spans[last - 1] ?? 0));
  }
  return need;
}

interface Placed {
  box: Box;
  y: number;
  height: number;
  head: HeadLine[];
  /** Baseline of the first head line. The label goes under the cells when an arrow comes in from above, so the top edge stays clear for it. */
  headY: number;
  cells: { x: number; y: number; width: number }[];
}

interface Placement {
  placed: Placed[];
  height: number;
  problems: string[];
}

const boxIdOf = (ref: string) => ref.split('.')[0]!;

/** Where each box and cell goes: boxes stacked top to bottom, cells left to right (wrapping at `columns`, or where the compact width ends). */
function place(spec: LayoutSpec, kind: LayoutKind): Placement {
  const { width, margin, pad } = LAYOUT_GEOMETRY[kind];
  const inner = width - 2 * margin - 2 * pad;
  const placed: Placed[] = [];
  const problems: string[] = [];
  let y = margin;
  const order = spec.boxes.map((b) => b.id);
  const boxOf = (ref: string) => order.indexOf(boxIdOf(ref));
  spec.boxes.forEach((box, position) => {
    const labelBelow = spec.arrows.some((arrow) => boxOf(arrow.to) === position && boxOf(arrow.from) < position);
    let columns = box.columns ?? box.cells.reduce((sum, cell) => sum + cellSpan(cell), 0);
    const indent = box.indent ?? 0;
    let unit = Math.min(MAX_UNIT, Math.floor(inner / (columns + indent)));
    if (kind === 'compact') {
      const need = minUnit(box, pad, LAYOUT_GEOMETRY[kind].cellChar);
      const used = box.cells.reduce((sum, cell) => sum + cellSpan(cell), 0);
      if (unit < need && used < columns && (used + indent) * need <= inner) {
        // A row its cells do not fill (`columns` sets a scale, as for bytes): its cells as narrow as their text allows, in one row.
        unit = Math.ceil(need);
      } else if (unit < need) {
        const widest = Math.max(...box.cells.map(cellSpan));
        const fit = Math.floor(inner / need) - indent;
        // Prefer rows of equal length (a divisor of the row), unless that halves the row.
        const divisor = [...Array(Math.max(0, fit)).keys()].map((k) => fit - k).find((d) => columns % d === 0 && d >= widest);
        const perRow = divisor !== undefined && divisor * 2 > fit ? divisor : fit;
        const touched = spec.arrows.some((arrow) => [arrow.from, arrow.to].some((ref) => ref.includes('.') && boxIdOf(ref) === box.id));
        if (perRow < widest || touched) {
          problems.push(
            `box "${box.id}" does not fit a phone's width: its ${columns} columns need ${Math.ceil(need)} units each, and the compact drawing has ${inner} in all${touched ? ' (its cells cannot wrap into rows, because an arrow points at one of them)' : ''}: shorten the cells' text or index labels, or use fewer cells`,
          );
        } else {
          columns = perRow;
          unit = Math.min(MAX_UNIT, Math.floor(inner / (columns + indent)));
        }
      }
    }
    const head = headLines(box, margin + pad, width - margin - 4);
    const headH = LABEL_H + head[head.length - 1]!.line * LINE_H;
    const top = labelBelow ? y + 8 : y + headH + 6;
    const rowH = CELL_H + (box.index ? INDEX_H : 0) + 4;
    const cells: Placed['cells'] = [];
    let column = 0;
    let row = 0;
    for (const cell of box.cells) {
      const span = Math.min(cellSpan(cell), columns);
      if (column + span > columns) {
        row++;
        column = 0;
      }
      cells.push({ x: margin + pad + (indent + column) * unit, y: top + row * rowH, width: span * unit });
      column += span;
    }
    const cellsHeight = (row + 1) * rowH;
    const height = headH + 6 + cellsHeight + 6;
    placed.push({ box, y, height, cells, head, headY: labelBelow ? top + cellsHeight + 14 : y + 16 });
    // Room for arrows and their labels only where an arrow crosses the gap under this box.
    const crossed = spec.arrows.some(
      (arrow) => Math.min(boxOf(arrow.from), boxOf(arrow.to)) <= position && Math.max(boxOf(arrow.from), boxOf(arrow.to)) > position,
    );
    y += height + (crossed ? GAP : TIGHT_GAP);
  });
  const last = placed[placed.length - 1]!;
  return { placed, height: Math.ceil(last.y + last.height + margin), problems };
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

/** What is wrong with a description (names that match no box or cell, a box too wide for a phone), for a located error. */
export function layoutProblems(spec: LayoutSpec): string[] {
  const { placed } = place(spec, 'wide');
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
  if (problems.length) return problems;
  return place(spec, 'compact').problems;
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

/** An index label centred under its cell, unless that would cross the box's edge: then it starts at the first cell's left edge (or ends at the last cell's right edge), leaning over its neighbour. */
function indexAnchor(label: string, c: { x: number; width: number }, first: boolean, last: boolean, pad: number): Record<string, string | number> {
  const half = (label.length * CHAR.index) / 2;
  if (first && half > c.width / 2 + pad - 1) return { x: n(c.x + 1) };
  if (last && half > c.width / 2 + pad - 1) return { x: n(c.x + c.width - 1), 'text-anchor': 'end' };
  return { x: n(c.x + c.width / 2), 'text-anchor': 'middle' };
}

interface Plate {
  left: number;
  right: number;
  y: number;
}

/**
 * An arrow's label on a plate of the page colour, so the line it sits on does not run through the text.
 * It starts just past `x` (or ends just before it), kept on the canvas, and moves one line down when it would cover a label placed before it.
 */
function arrowLabel(label: string, x: number, y: number, alignEnd: boolean, canvas: number, taken: Plate[]): Element[] {
  const width = label.length * CHAR.arrow + 6;
  let left = alignEnd ? x - width + 3 : x - 3;
  const clamped = Math.min(Math.max(left, 2), canvas - 2 - width);
  const moved = clamped !== left;
  left = clamped;
  let baseline = y;
  while (taken.some((t) => t.y === baseline && left < t.right + 4 && t.left < left + width + 4)) baseline += 15;
  taken.push({ left, right: left + width, y: baseline });
  // A label moved to stay on the canvas is written from its plate's left edge.
  const anchor = moved ? { x: n(left + 3) } : { x: n(x), ...(alignEnd ? { 'text-anchor': 'end' } : {}) };
  return [
    s('rect', { class: 'layout-diagram__label-plate', x: n(left), y: n(baseline - 11), width: n(width), height: 15, rx: 3 }),
    s('text', { class: 'layout-diagram__arrow-label', ...anchor, y: n(baseline) }, [text(label)]),
  ];
}

/** One drawing of the layout (`wide` or `compact`), with its own title and description ids. */
export function renderLayoutSvg(spec: LayoutSpec, id: string, kind: LayoutKind = 'wide'): Element {
  const { width: WIDTH, margin: MARGIN } = LAYOUT_GEOMETRY[kind];
  const base = `layout-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}${kind === 'compact' ? '-compact' : ''}`;
  const { placed, height } = place(spec, kind);
  const body: ElementContent[] = [];
  for (const p of placed) {
    const { box } = p;
    // The box holds its cells and its head lines (a note beside the label may reach past the cells).
    const headRight = Math.max(...p.head.map((line) => line.x + line.text.length * CHAR[line.kind]));
    const right = Math.max(...p.cells.map((c) => c.x + c.width), headRight) + LAYOUT_GEOMETRY[kind].pad;
    const children: ElementContent[] = [
      s('rect', {
        class: `layout-diagram__box layout-diagram__box--${box.region}`,
        x: MARGIN,
        y: p.y,
        width: n(Math.min(Math.max(right - MARGIN, 200), WIDTH - 2 * MARGIN)),
        height: p.height,
        rx: 5,
      }),
    ];
    for (const line of p.head)
      children.push(s('text', { class: `layout-diagram__box-${line.kind}`, x: line.x, y: p.headY + line.line * LINE_H }, [text(line.text)]));
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
      if (box.index)
        children.push(
          s(
            'text',
            {
              class: 'layout-diagram__index',
              ...indexAnchor(indexLabel(box, i), c, i === 0, i === box.cells.length - 1, LAYOUT_GEOMETRY[kind].pad),
              y: n(c.y + CELL_H + 11),
            },
            [text(indexLabel(box, i))],
          ),
        );
    });
    body.push(s('g', { class: `layout-diagram__group layout-diagram__group--${box.region}` }, children));
  }
  const plates: Plate[] = [];
  const labels: Element[] = [];
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
      ]),
    );
    // The label sits just past the arrow's start, in the gap between boxes (towards the middle, so it stays inside).
    if (arrow.label)
      labels.push(
        ...arrowLabel(
          arrow.label,
          a.x > WIDTH / 2 ? a.x - 6 : a.x + 6,
          down ? from.placed.y + from.placed.height + 14 : from.placed.y - 6,
          a.x > WIDTH / 2,
          WIDTH,
          plates,
        ),
      );
  }
  // Labels after every arrow, so no later arrow's line runs over an earlier label.
  if (labels.length) body.push(s('g', { class: 'layout-diagram__arrow-labels' }, labels));
  const lines = describeLayout(spec);
  return diagramSvg({ kind: 'layout', variant: kind, id: base, width: WIDTH, height, title: spec.title, description: spec.alt ?? lines.join('. ') }, body);
}

/** Where the numbers of a checked layout come from: the command of each block its boxes are checked against. */
export interface CheckedAgainst {
  commands: string[];
}

/** The figure: both drawings, its caption, and the boxes and arrows as a list (the text alternative). `id` makes SVG ids unique on the page. */
export function renderLayoutDiagram(spec: LayoutSpec, id: string, checked: CheckedAgainst = { commands: [] }): Element {
  const lines = describeLayout(spec);
  const commands = [...new Set(checked.commands)];
  const source: ElementContent[] = commands.length
    ? [
        text(' A layout drawn by hand, not measured; its numbers are checked against the verified output of '),
        ...commands.flatMap((command, i) => [...(i ? [text(i === commands.length - 1 ? ' and ' : ', ')] : []), h('code', {}, [text(command)])]),
        text('.'),
      ]
    : [text(' A layout drawn by hand: no run can show where bytes sit, so this one is a description, not a measurement.')];
  return h('figure', { className: ['layout-diagram'] }, [
    h('div', { className: ['layout-diagram__scroll'], tabIndex: 0, role: 'group', ariaLabel: `${spec.title} (scrolls sideways if it does not fit)` }, [
      renderLayoutSvg(spec, id, 'wide'),
      renderLayoutSvg(spec, id, 'compact'),
    ]),
    h('figcaption', { className: ['layout-diagram__caption'] }, [h('span', { className: ['layout-diagram__title'] }, [text(spec.title)]), ...source]),
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
