/**
 * Where a traced block's diagram joins the page: the record entry's events
 * become the view's diagram input (verified-blocks.ts), and the diagram is
 * placed after the block's code frame (remark-zig-blocks.ts). One call each.
 */
import type { Element } from 'hast';
import { commandFor, type VerifyUnit } from '../../course/extract/unit.ts';
import type { RecordEntry } from '../../course/record/record-schema.ts';
import type { VerifiedView } from './render-code-frame.ts';
import { displayLineMapper, renderTraceDiagram, type TraceDiagramInput } from './trace-diagram.ts';

/** `{ diagram }` for a traced block's view, or nothing. */
export function traceDiagramInput(unit: VerifyUnit, entry: RecordEntry): { diagram?: TraceDiagramInput } {
  if (!entry.trace || entry.status !== 'verified') return {};
  // An included listing is shown with its own line numbers; a fence's lines are counted as displayed.
  const displayLine = unit.display && !unit.display.includePath ? displayLineMapper(unit.display.lineMap) : undefined;
  return {
    diagram: {
      id: unit.id,
      title: unit.diagram ?? `Every allocation of ${unit.main}, in order`,
      command: commandFor(unit),
      zigVersion: entry.zig,
      trace: entry.trace,
      ...(displayLine ? { displayLine } : {}),
    },
  };
}

/** The frame alone, or the frame followed by its diagram. */
export function withTraceDiagram(frame: Element, view: VerifiedView): Element {
  if (!view.diagram) return frame;
  return { type: 'element', tagName: 'div', properties: { className: ['traced-block'] }, children: [frame, renderTraceDiagram(view.diagram)] };
}
