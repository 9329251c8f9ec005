/**
 * Pictures of memory, drawn from the real run: a `trace` block's recorded
 * allocation events (course/trace/) become a static SVG timeline at
 * build time. Pure: events in, hast out; no client JavaScript, no inline
 * styles (colours are classes, styled by src/styles/diagrams.css in both
 * themes and in print).
 *
 * The x axis is the order of events (the run's own sequence, not time). Each
 * allocation is one bar, from the call that made it to the free, reset or
 * deinit that ended it, grouped and coloured by allocator; a reset or deinit
 * is a dashed line across its allocator's group, so the bars it ends visibly
 * end together there. An allocation still live when the run ended is a leak:
 * drawn open-ended to the edge, dashed, in the error colour, and labelled
 * "LEAKED" (not colour alone). A fixed buffer traced with `Tracer.fixed` also
 * gets a fill-level chart: how much of the buffer is in use after each event.
 *
 * Beside the picture, the same events as a table (the text alternative, read
 * by screen readers and printed), and a caption saying it came from the run.
 */
import type { Element, ElementContent } from 'hast';
import type { AllocatorKind, Trace, TraceEvent } from '../../course/trace/trace-events.ts';
import { diagramSvg, h, round1, svg, text } from './hast-build.ts';

export interface TraceDiagramInput {
  /** Block id: makes the SVG's ids unique on the page. */
  id: string;
  title: string;
  /** The command of the verified run, for the caption: `zig test leak.zig`. */
  command: string;
  zigVersion: string;
  trace: Trace;
  /** Maps a line of the compiled file to the line a reader sees (hidden lines removed); undefined when it is not shown. */
  displayLine?: (compiledLine: number) => number | undefined;
}

export type EndKind = 'free' | 'reset' | 'deinit' | 'leak';

/** One allocation, from birth to end, in steps (event numbers, 1-based; the run ends at step `steps + 1`). */
export interface Allocation {
  id: number;
  allocator: string;
  kind: AllocatorKind;
  /** Sizes over its life: the first is the allocation, later ones resizes/remaps. */
  sizes: { step: number; size: number }[];
  align?: number;
  line?: number;
  start: number;
  end: number;
  endKind: EndKind;
  endLine?: number;
}

export interface Marker {
  step: number;
  allocator: string;
  op: 'reset' | 'deinit';
  line?: number;
  /** How many live allocations it ended. */
  ended: number;
}

export interface Refusal {
  step: number;
  allocator: string;
  size: number;
  line?: number;
}

export interface TraceModel {
  steps: number;
  groups: { name: string; kind: AllocatorKind; capacity?: number }[];
  allocations: Allocation[];
  markers: Marker[];
  refusals: Refusal[];
  /** Fixed buffers: bytes in use after each of their events. */
  fill: { allocator: string; capacity: number; points: { step: number; used: number }[] }[];
}

const KIND_NAMES: Record<AllocatorKind, string> = {
  backing: 'backing allocator',
  arena: 'arena',
  fixed: 'fixed buffer',
  general: 'allocator',
};

/** Works out every allocation's life from the events. */
export function traceModel(trace: Trace, displayLine: (line: number) => number | undefined = (line) => line): TraceModel {
  const events = trace.events;
  const steps = events.length;
  const groups = trace.allocators.map((a) => ({ ...a }));
  const kindOf = (name: string): AllocatorKind => groups.find((g) => g.name === name)?.kind ?? 'general';
  for (const event of events) if (!groups.some((g) => g.name === event.allocator)) groups.push({ name: event.allocator, kind: 'general' });
  const line = (event: TraceEvent) => (event.line !== undefined ? displayLine(event.line) : undefined);

  const allocations: Allocation[] = [];
  const live = new Map<number, Allocation>();
  const markers: Marker[] = [];
  const refusals: Refusal[] = [];
  events.forEach((event, index) => {
    const step = index + 1;
    const at = line(event);
    switch (event.op) {
      case 'alloc': {
        const allocation: Allocation = {
          id: event.id ?? 0,
          allocator: event.allocator,
          kind: kindOf(event.allocator),
          sizes: [{ step, size: event.size ?? 0 }],
          ...(event.align !== undefined ? { align: event.align } : {}),
          ...(at !== undefined ? { line: at } : {}),
          start: step,
          end: steps + 1,
          endKind: 'leak',
        };
        allocations.push(allocation);
        live.set(allocation.id, allocation);
        break;
      }
      case 'resize':
      case 'remap': {
        const allocation = event.id !== undefined ? live.get(event.id) : undefined;
        if (allocation && event.size !== undefined) allocation.sizes.push({ step, size: event.size });
        break;
      }
      case 'free': {
        const allocation = event.id !== undefined ? live.get(event.id) : undefined;
        if (!allocation) break;
        Object.assign(allocation, { end: step, endKind: 'free' as const }, at !== undefined ? { endLine: at } : {});
        live.delete(allocation.id);
        break;
      }
      case 'reset':
      case 'deinit': {
        let ended = 0;
        for (const allocation of [...live.values()]) {
          if (allocation.allocator !== event.allocator) continue;
          Object.assign(allocation, { end: step, endKind: event.op }, at !== undefined ? { endLine: at } : {});
          live.delete(allocation.id);
          ended++;
        }
        markers.push({ step, allocator: event.allocator, op: event.op, ended, ...(at !== undefined ? { line: at } : {}) });
        break;
      }
      case 'fail':
        refusals.push({ step, allocator: event.allocator, size: event.size ?? 0, ...(at !== undefined ? { line: at } : {}) });
        break;
      default:
        break;
    }
  });

  const fill: TraceModel['fill'] = [];
  for (const group of groups) {
    if (group.capacity === undefined) continue;
    const points = [{ step: 0, used: 0 }];
    events.forEach((event, index) => {
      if (event.allocator === group.name && event.used !== undefined) points.push({ step: index + 1, used: event.used });
    });
    fill.push({ allocator: group.name, capacity: group.capacity, points });
  }
  // Groups without a single event of their own (a tracer announced but never used) are left out.
  const firstEvent = (name: string) => events.findIndex((e) => e.allocator === name);
  const used = groups.filter((g) => firstEvent(g.name) >= 0).sort((a, b) => firstEvent(a.name) - firstEvent(b.name));
  return { steps, groups: used, allocations, markers, refusals, fill };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

function sizeText(allocation: Allocation): string {
  const sizes = allocation.sizes.map((s) => s.size);
  const distinct = sizes.filter((s, i) => i === 0 || s !== sizes[i - 1]);
  return distinct.length === 1 ? formatBytes(distinct[0]!) : `${distinct.map(formatBytes).join(' → ')}`;
}

function endText(allocation: Allocation): string {
  const where = allocation.endLine !== undefined ? ` (line ${allocation.endLine})` : '';
  switch (allocation.endKind) {
    case 'free':
      return `freed at event ${allocation.end}${where}`;
    case 'reset':
      return `ended by the reset at event ${allocation.end}${where}`;
    case 'deinit':
      return `ended by deinit at event ${allocation.end}${where}`;
    case 'leak':
      return 'never freed: leaked';
  }
}

// ---- hast helpers ----------------------------------------------------------

const s = svg;
const n = round1;

// ---- geometry --------------------------------------------------------------

/**
 * Two layouts of the same picture: `wide` (labels in a column left of the
 * bars) and `compact` (each label above its bar, for phones: shown instead of
 * the wide one below 40rem by diagrams.css, so a narrow screen need not scroll).
 */
export type TraceLayout = 'wide' | 'compact';

interface Geometry {
  width: number;
  labelW: number;
  plotX0: number;
  plotX1: number;
  headerH: number;
  rowH: number;
  barH: number;
  /** Where the bar starts below the row's top (compact: under its label). */
  barTop: number;
  /** Labels above bars (compact) or left of them (wide). */
  labelsAbove: boolean;
  groupGap: number;
  axisH: number;
  fillH: number;
}

const GEOMETRY: Record<TraceLayout, Geometry> = {
  wide: {
    width: 680,
    labelW: 190,
    plotX0: 198,
    plotX1: 588,
    headerH: 24,
    rowH: 22,
    barH: 12,
    barTop: 5,
    labelsAbove: false,
    groupGap: 10,
    axisH: 34,
    fillH: 90,
  },
  compact: {
    width: 360,
    labelW: 8,
    plotX0: 10,
    plotX1: 300,
    headerH: 38,
    rowH: 30,
    barH: 10,
    barTop: 16,
    labelsAbove: true,
    groupGap: 10,
    axisH: 40,
    fillH: 70,
  },
};

function slug(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The summary a screen reader hears with the picture's name. */
export function summarize(model: TraceModel): string {
  const leaks = model.allocations.filter((a) => a.endKind === 'leak');
  const parts = [
    `${model.allocations.length} allocation${model.allocations.length === 1 ? '' : 's'} through ${model.groups.map((g) => g.name).join(', ')}, over ${model.steps} events`,
  ];
  for (const marker of model.markers)
    parts.push(
      `${marker.allocator} ${marker.op === 'reset' ? 'is reset' : 'is deinitialized'} at event ${marker.step}, ${marker.ended === 0 ? 'with nothing left to end' : `ending ${marker.ended} at once`}`,
    );
  if (model.refusals.length) parts.push(`${model.refusals.length} request${model.refusals.length === 1 ? ' was' : 's were'} refused (OutOfMemory)`);
  parts.push(leaks.length ? `${leaks.length} leaked: ${leaks.map((l) => `#${l.id}, ${sizeText(l)}`).join('; ')}` : 'nothing leaked');
  return `${parts.join('; ')}.`;
}

/** The SVG timeline (and fill-level chart) of a trace. */
export function renderTraceSvg(
  input: TraceDiagramInput,
  model: TraceModel = traceModel(input.trace, input.displayLine),
  layout: TraceLayout = 'wide',
): Element {
  const g = GEOMETRY[layout];
  const {
    width: WIDTH,
    labelW: LABEL_W,
    plotX0: PLOT_X0,
    plotX1: PLOT_X1,
    headerH: HEADER_H,
    rowH: ROW_H,
    barH: BAR_H,
    groupGap: GROUP_GAP,
    axisH: AXIS_H,
    fillH: FILL_H,
  } = g;
  const base = `trace-${slug(input.id)}${layout === 'compact' ? '-compact' : ''}`;
  // A row's label: left of the bar, right-aligned (wide), or above it (compact).
  const rowLabel = (rowY: number): Record<string, string | number> =>
    g.labelsAbove ? { x: PLOT_X0, y: rowY + 11 } : { x: LABEL_W, y: rowY + 15, 'text-anchor': 'end' };
  const x = (step: number) => PLOT_X0 + ((PLOT_X1 - PLOT_X0) * (step - 0.5)) / Math.max(1, model.steps);
  const runEnd = PLOT_X1;
  const endX = (allocation: Allocation) => (allocation.endKind === 'leak' ? runEnd : x(allocation.end));
  const body: ElementContent[] = [];
  let y = 0;

  for (const group of model.groups) {
    const rows = model.allocations.filter((a) => a.allocator === group.name);
    const refused = model.refusals.filter((r) => r.allocator === group.name);
    const top = y;
    const rowCount = rows.length + refused.length;
    const height = HEADER_H + rowCount * ROW_H;
    const children: ElementContent[] = [
      s('rect', { class: 'trace-diagram__group-bg', x: 0, y: top, width: WIDTH, height, rx: 4 }),
      s('rect', { class: `trace-diagram__swatch trace-kind--${group.kind}`, x: 8, y: top + 7, width: 10, height: 10, rx: 2 }),
      s('text', { class: 'trace-diagram__group-label', x: 24, y: top + 16 }, [text(`${group.name}`)]),
      s('text', { class: 'trace-diagram__group-kind', x: n(24 + group.name.length * 7.6 + 8), y: top + 16 }, [text(KIND_NAMES[group.kind])]),
    ];
    // Markers go under the rows: the labels' halo keeps a dashed line from crossing their text.
    const markerLines: ElementContent[] = [];
    const markers = model.markers.filter((m) => m.allocator === group.name);
    markers.forEach((marker, i) => {
      const mx = x(marker.step);
      // Two markers close together (a last reset, then deinit): their labels lean apart instead of overlapping.
      const closeBefore = i > 0 && mx - x(markers[i - 1]!.step) < 60;
      const closeAfter = i < markers.length - 1 && x(markers[i + 1]!.step) - mx < 60;
      const label = closeAfter ? { x: mx - 3, anchor: 'end' } : closeBefore ? { x: mx + 3, anchor: 'start' } : { x: mx, anchor: 'middle' };
      markerLines.push(
        s('line', { class: `trace-diagram__marker trace-diagram__marker--${marker.op}`, x1: n(mx), x2: n(mx), y1: top + HEADER_H - 4, y2: top + height - 2 }),
      );
      // Compact: on a line of their own under the allocator's name.
      markerLines.push(
        s('text', { class: 'trace-diagram__marker-label', x: n(label.x), y: top + (g.labelsAbove ? 32 : 16), 'text-anchor': label.anchor }, [text(marker.op)]),
      );
    });
    children.push(...markerLines);
    rows.forEach((allocation, i) => {
      const rowY = top + HEADER_H + i * ROW_H;
      const barY = rowY + g.barTop;
      const x0 = x(allocation.start);
      const x1 = Math.max(endX(allocation), x0 + 3);
      const leak = allocation.endKind === 'leak';
      const label = `#${allocation.id}  ${sizeText(allocation)}${allocation.line !== undefined ? `  · line ${allocation.line}` : ''}`;
      children.push(s('text', { class: `trace-diagram__row-label${leak ? ' trace-diagram__row-label--leak' : ''}`, ...rowLabel(rowY) }, [text(label)]));
      children.push(
        s('rect', {
          class: `trace-diagram__bar trace-kind--${allocation.kind}${leak ? ' trace-diagram__bar--leak' : ''}`,
          x: n(x0),
          y: n(barY),
          width: n(x1 - x0),
          height: BAR_H,
          rx: 2,
        }),
      );
      for (const change of allocation.sizes.slice(1)) {
        children.push(s('circle', { class: 'trace-diagram__resize', cx: n(x(change.step)), cy: n(barY + BAR_H / 2), r: 3.5 }));
      }
      if (allocation.endKind === 'free') {
        children.push(s('line', { class: 'trace-diagram__free', x1: n(x1), x2: n(x1), y1: n(barY - 3), y2: n(barY + BAR_H + 3) }));
      }
      if (leak) {
        // Open-ended: an arrow past the end of the run, and the word, not colour alone.
        children.push(
          s('path', {
            class: 'trace-diagram__leak-arrow',
            d: `M${n(runEnd)} ${n(barY - 3)} L${n(runEnd + 9)} ${n(barY + BAR_H / 2)} L${n(runEnd)} ${n(barY + BAR_H + 3)} Z`,
          }),
        );
        children.push(s('text', { class: 'trace-diagram__leak-label', x: n(runEnd + 13), y: n(barY + BAR_H / 2 + 4) }, [text('LEAKED')]));
      }
    });
    refused.forEach((refusal, i) => {
      const rowY = top + HEADER_H + (rows.length + i) * ROW_H;
      const cx = x(refusal.step);
      const cy = rowY + g.barTop + BAR_H / 2;
      children.push(
        s('text', { class: 'trace-diagram__row-label trace-diagram__row-label--leak', ...rowLabel(rowY) }, [
          text(`refused  ${formatBytes(refusal.size)}${refusal.line !== undefined ? `  · line ${refusal.line}` : ''}`),
        ]),
      );
      children.push(
        s('path', {
          class: 'trace-diagram__refused',
          d: `M${n(cx - 5)} ${n(cy - 5)} L${n(cx + 5)} ${n(cy + 5)} M${n(cx + 5)} ${n(cy - 5)} L${n(cx - 5)} ${n(cy + 5)}`,
        }),
      );
      if (!g.labelsAbove) children.push(s('text', { class: 'trace-diagram__leak-label', x: n(runEnd + 14), y: n(cy + 4) }, [text('OutOfMemory')]));
    });
    body.push(s('g', { class: `trace-diagram__group trace-diagram__group--${group.kind}` }, children));
    y += height + GROUP_GAP;
  }

  // The axis: event order, and where the run ends.
  const axisY = y + 4;
  const axis: ElementContent[] = [s('line', { class: 'trace-diagram__axis', x1: PLOT_X0, x2: PLOT_X1, y1: axisY, y2: axisY })];
  const every = g.labelsAbove ? (model.steps > 10 ? Math.ceil(model.steps / 6) : 1) : model.steps > 24 ? Math.ceil(model.steps / 12) : 1;
  for (let step = 1; step <= model.steps; step++) {
    axis.push(s('line', { class: 'trace-diagram__tick', x1: n(x(step)), x2: n(x(step)), y1: axisY, y2: axisY + 4 }));
    if (step === 1 || step === model.steps || step % every === 0)
      axis.push(s('text', { class: 'trace-diagram__tick-label', x: n(x(step)), y: axisY + 15, 'text-anchor': 'middle' }, [text(String(step))]));
  }
  axis.push(s('line', { class: 'trace-diagram__run-end', x1: runEnd, x2: runEnd, y1: 0, y2: axisY + 4 }));
  if (g.labelsAbove) {
    axis.push(s('text', { class: 'trace-diagram__axis-label', x: PLOT_X0, y: axisY + 29 }, [text('event → (bars past the dotted line: never freed)')]));
    axis.push(s('text', { class: 'trace-diagram__tick-label', x: runEnd + 4, y: axisY + 15 }, [text('end')]));
  } else {
    axis.push(s('text', { class: 'trace-diagram__tick-label', x: runEnd + 4, y: axisY + 15 }, [text('run ends')]));
    axis.push(s('text', { class: 'trace-diagram__axis-label', x: LABEL_W, y: axisY + 15, 'text-anchor': 'end' }, [text('event →')]));
  }
  body.push(s('g', { class: 'trace-diagram__axis-group' }, axis));
  y = axisY + AXIS_H - 10;

  // Fixed buffers: the fill level after each event, against the capacity.
  for (const fill of model.fill) {
    const top = y + (g.labelsAbove ? 22 : 8);
    const bottom = top + FILL_H;
    const yOf = (used: number) => bottom - (FILL_H * Math.min(used, fill.capacity)) / Math.max(1, fill.capacity);
    let d = `M${PLOT_X0} ${n(bottom)}`;
    let last = 0;
    for (const point of fill.points.slice(1)) {
      const px = x(point.step);
      d += ` L${n(px)} ${n(yOf(last))} L${n(px)} ${n(yOf(point.used))}`;
      last = point.used;
    }
    d += ` L${PLOT_X1} ${n(yOf(last))} L${PLOT_X1} ${n(bottom)} Z`;
    body.push(
      s('g', { class: 'trace-diagram__fill-group' }, [
        s('rect', { class: 'trace-diagram__fill-frame', x: PLOT_X0, y: top, width: PLOT_X1 - PLOT_X0, height: FILL_H }),
        s('path', { class: 'trace-diagram__fill', d }),
        s('line', { class: 'trace-diagram__capacity', x1: PLOT_X0, x2: PLOT_X1, y1: top, y2: top }),
        ...(g.labelsAbove
          ? [
              s('text', { class: 'trace-diagram__row-label', x: PLOT_X0, y: top - 8 }, [
                text(`${fill.allocator}: bytes in use of ${formatBytes(fill.capacity)}`),
              ]),
            ]
          : [
              s('text', { class: 'trace-diagram__row-label', x: LABEL_W, y: top + 12, 'text-anchor': 'end' }, [
                text(`${fill.allocator}: ${formatBytes(fill.capacity)}`),
              ]),
              s('text', { class: 'trace-diagram__row-label', x: LABEL_W, y: top + 28, 'text-anchor': 'end' }, [text('bytes in use')]),
              s('text', { class: 'trace-diagram__tick-label', x: LABEL_W, y: bottom, 'text-anchor': 'end' }, [text('0')]),
            ]),
        s('text', { class: 'trace-diagram__tick-label', x: PLOT_X1 + 4, y: n(yOf(last)) + 4 }, [text(formatBytes(last))]),
      ]),
    );
    y = bottom + 8;
  }

  const height = Math.ceil(y + 4);
  return diagramSvg({ kind: 'trace', variant: layout, id: base, width: WIDTH, height, title: input.title, description: summarize(model) }, body);
}

/** The text alternative: every allocation and every reset/deinit, as a table. */
export function renderTraceTable(input: TraceDiagramInput, model: TraceModel): Element {
  const cell = (value: string, header = false) => h(header ? 'th' : 'td', header ? { scope: 'row' } : {}, [text(value)]);
  type Row = { step: number; cells: Element[]; leak?: boolean };
  const rows: Row[] = [];
  for (const allocation of model.allocations) {
    const leak = allocation.endKind === 'leak';
    rows.push({
      step: allocation.start,
      leak,
      cells: [
        cell(String(allocation.start)),
        cell(`#${allocation.id}`, true),
        cell(allocation.allocator),
        cell(`${sizeText(allocation)}${allocation.align !== undefined ? `, align ${allocation.align}` : ''}`),
        cell(allocation.line !== undefined ? `line ${allocation.line}` : '—'),
        cell(endText(allocation)),
      ],
    });
  }
  for (const marker of model.markers) {
    rows.push({
      step: marker.step,
      cells: [
        cell(String(marker.step)),
        cell(marker.op, true),
        cell(marker.allocator),
        cell('—'),
        cell(marker.line !== undefined ? `line ${marker.line}` : '—'),
        cell(marker.ended === 0 ? 'nothing was left to end' : `ends ${marker.ended} allocation${marker.ended === 1 ? '' : 's'} at once`),
      ],
    });
  }
  for (const refusal of model.refusals) {
    rows.push({
      step: refusal.step,
      leak: true,
      cells: [
        cell(String(refusal.step)),
        cell('refused', true),
        cell(refusal.allocator),
        cell(formatBytes(refusal.size)),
        cell(refusal.line !== undefined ? `line ${refusal.line}` : '—'),
        cell('error.OutOfMemory: the allocator had no room'),
      ],
    });
  }
  rows.sort((a, b) => a.step - b.step);
  const head = h('thead', {}, [
    h(
      'tr',
      {},
      ['event', 'allocation', 'allocator', 'size', 'made at', 'ended'].map((label) => h('th', { scope: 'col' }, [text(label)])),
    ),
  ]);
  const body = h(
    'tbody',
    {},
    rows.map((row) => h('tr', row.leak ? { className: ['trace-table__leak'] } : {}, row.cells)),
  );
  const caption = h('caption', { className: ['trace-table__caption'] }, [text(`The events of the diagram “${input.title}”, in the order the run made them`)]);
  return h('table', { className: ['trace-table'], id: `trace-${slug(input.id)}-events` }, [caption, head, body]);
}

/** The whole figure: title, picture, caption, and the events as a table. */
export function renderTraceDiagram(input: TraceDiagramInput): Element {
  const model = traceModel(input.trace, input.displayLine);
  const leaks = model.allocations.filter((a) => a.endKind === 'leak').length;
  const svg = renderTraceSvg(input, model);
  const caption = h('figcaption', { className: ['trace-diagram__caption'] }, [
    h('span', { className: ['trace-diagram__title'] }, [text(input.title)]),
    text(' '),
    h('span', { className: ['trace-diagram__source'] }, [
      text(`Drawn from the verified run of `),
      h('code', {}, [text(input.command)]),
      text(
        ` with Zig ${input.zigVersion}. Each bar is one allocation, from the call that made it to the free, reset or deinit that ended it; the axis counts events in the order they happened; line numbers count the lines of the code shown above.${leaks ? ' A bar that runs off the right edge was never freed.' : ''}`,
      ),
    ]),
  ]);
  return h('figure', { className: ['trace-diagram'], dataDiagramFor: input.id }, [
    h('div', { className: ['trace-diagram__scroll'], tabIndex: 0, role: 'group', ariaLabel: `${input.title} (scrolls sideways if it does not fit)` }, [
      svg,
      renderTraceSvg(input, model, 'compact'),
    ]),
    caption,
    // Closed on screen (the picture says it), opened for print by print.css, always reachable by screen readers.
    h('details', { className: ['trace-diagram__details'] }, [
      h('summary', {}, [text('The same events, as a table')]),
      // A focusable scroller: on a narrow screen the table scrolls sideways, by keyboard too.
      h('div', { className: ['trace-table__scroll'], tabIndex: 0, role: 'group', ariaLabel: `Events of ${input.title}` }, [renderTraceTable(input, model)]),
    ]),
  ]);
}

/** Maps compiled lines to displayed ones: a hidden line counts as the shown line above it (where a mirrored reset or deinit sits). */
export function displayLineMapper(lineMap: number[] | undefined): ((line: number) => number | undefined) | undefined {
  if (!lineMap) return undefined;
  return (line) => {
    let shown: number | undefined;
    for (let i = 0; i < lineMap.length; i++) {
      if (lineMap[i]! <= line) shown = i + 1;
      else break;
    }
    return shown;
  };
}
