/**
 * The few hast constructors the renderers share (code frames, traced and
 * layout diagrams): elements, text, and SVG elements written with their
 * attribute names as in SVG.
 */
import type { Element, ElementContent } from 'hast';

/** An element with hast properties. */
export const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** SVG attribute names as written, turned into hast's property names (so MDX and HTML serializers both get them right). */
const SVG_PROPERTY: Record<string, string> = {
  class: 'className',
  'text-anchor': 'textAnchor',
  'aria-labelledby': 'ariaLabelledBy',
  'data-diagram': 'dataDiagram',
};

/** An SVG element from attributes spelled as in SVG (`class`, `text-anchor`). */
export const svg = (tagName: string, attributes: Record<string, string | number>, children: ElementContent[] = []): Element => {
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(attributes)) {
    const name = SVG_PROPERTY[key] ?? key;
    properties[name] = name === 'className' ? String(value).split(' ') : value;
  }
  return h(tagName, properties, children);
};

/**
 * The root of a diagram, traced or authored: one accessible picture (`role="img"`,
 * named by its `<title>` and described by its `<desc>`), found by tests through
 * `data-diagram`. Both renderers draw through it, so both keep the same contract.
 */
export const diagramSvg = (
  diagram: { kind: 'trace' | 'layout'; variant: string; id: string; width: number; height: number; title: string; description: string },
  body: ElementContent[],
): Element =>
  svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `${diagram.kind}-diagram__svg ${diagram.kind}-diagram__svg--${diagram.variant}`,
      viewBox: `0 0 ${diagram.width} ${diagram.height}`,
      width: diagram.width,
      height: diagram.height,
      role: 'img',
      'aria-labelledby': `${diagram.id}-title ${diagram.id}-desc`,
      'data-diagram': diagram.kind,
    },
    [svg('title', { id: `${diagram.id}-title` }, [text(diagram.title)]), svg('desc', { id: `${diagram.id}-desc` }, [text(diagram.description)]), ...body],
  );

/** A coordinate rounded to one decimal, so SVG output is short and stable. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
