/**
 * Post-processing of the PDFs Chromium prints: where each anchor landed (for
 * the contents' page numbers), an outline (bookmarks) that is exactly the
 * table of contents, and metadata without clocks or random ids, so the same
 * course gives the same bytes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface OutlineEntry {
  /** The anchor (element id) the entry points at. */
  id: string;
  title: string;
  /** 1 = chapter, 2 = part of a chapter. */
  level: 1 | 2;
}

function namedDestinations(doc: PDFDocument): Map<string, PDFArray> {
  const found = new Map<string, PDFArray>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [name, value] of dests.entries()) {
      const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
      const destination = array instanceof PDFDict ? array.lookup(PDFName.of('D')) : array;
      if (destination instanceof PDFArray) found.set(name.decodeText(), destination);
    }
  }
  return found;
}

/** The 1-based page each named destination (element id) lands on. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageNumbers = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const pages = new Map<string, number>();
  for (const [name, destination] of namedDestinations(doc)) {
    const target = destination.get(0);
    const number = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
    if (number !== undefined) pages.set(name, number);
  }
  return pages;
}

export interface FinishPdfOptions {
  outline: OutlineEntry[];
  title: string;
  subject: string;
  /** The build date (YYYY-MM-DD) from the last commit; undefined leaves the dates out. */
  date: string | undefined;
}

/**
 * Structure elements carry ids of the browser's DOM nodes (and table cells name
 * their header cells by them), which differ from one page load to the next:
 * number them in document order instead.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const { context } = doc;
  const elements = context
    .enumerateIndirectObjects()
    .filter((entry): entry is [PDFRef, PDFDict] => entry[1] instanceof PDFDict && entry[1].lookup(PDFName.of('Type')) === PDFName.of('StructElem'));
  const renamed = new Map<string, string>();
  const byName: [string, PDFRef][] = [];
  for (const [ref, element] of elements) {
    const id = element.lookup(PDFName.of('ID'));
    if (id instanceof PDFString || id instanceof PDFHexString) {
      const name = `id${String(renamed.size + 1).padStart(6, '0')}`;
      renamed.set(id.decodeText(), name);
      element.set(PDFName.of('ID'), PDFString.of(name));
      byName.push([name, ref]);
    }
  }
  // The id tree (name → element) is rebuilt flat with the new names; its old nodes go.
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (root instanceof PDFDict) {
    const dropTree = (node: PDFObject | undefined) => {
      const dict = node instanceof PDFRef ? context.lookup(node) : node;
      if (dict instanceof PDFDict) {
        const kids = dict.lookup(PDFName.of('Kids'));
        if (kids instanceof PDFArray) kids.asArray().forEach(dropTree);
      }
      if (node instanceof PDFRef) context.delete(node);
    };
    dropTree(root.get(PDFName.of('IDTree')));
    if (byName.length) root.set(PDFName.of('IDTree'), context.register(context.obj({ Names: byName.flatMap(([name, ref]) => [PDFString.of(name), ref]) })));
    else root.delete(PDFName.of('IDTree'));
  }
  const renameHeaders = (value: PDFObject | undefined) => {
    if (value instanceof PDFArray) value.asArray().forEach((item) => renameHeaders(item));
    if (!(value instanceof PDFDict)) return;
    const headers = value.lookup(PDFName.of('Headers'));
    if (headers instanceof PDFArray) {
      headers.asArray().forEach((header, i) => {
        if (header instanceof PDFString || header instanceof PDFHexString)
          headers.set(i, PDFString.of(renamed.get(header.decodeText()) ?? header.decodeText()));
      });
    }
  };
  for (const [, element] of elements) renameHeaders(element.lookup(PDFName.of('A')));
}

function text(value: string): PDFHexString {
  return PDFHexString.fromText(value);
}

/** Replaces Chromium's outline with the table of contents and its metadata with reproducible values. */
export async function finishPdf(pdf: Uint8Array, options: FinishPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const destinations = namedDestinations(doc);
  const { context } = doc;

  const missing = options.outline.filter((entry) => !destinations.has(entry.id)).map((entry) => entry.id);
  if (missing.length) throw new Error(`print: no PDF destination for ${missing.join(', ')}`);

  // Outline items: chapters at the top level, their parts beneath them.
  const outlineRef = context.nextRef();
  const chapters: { ref: PDFRef; dict: PDFDict; children: { ref: PDFRef; dict: PDFDict }[] }[] = [];
  for (const entry of options.outline) {
    const dict = context.obj({ Title: text(entry.title), Dest: destinations.get(entry.id)! }) as PDFDict;
    const item = { ref: context.register(dict), dict };
    if (entry.level === 1 || !chapters.length) chapters.push({ ...item, children: [] });
    else chapters[chapters.length - 1]!.children.push(item);
  }
  const link = (items: { ref: PDFRef; dict: PDFDict }[], parent: PDFRef) => {
    items.forEach((item, i) => {
      item.dict.set(PDFName.of('Parent'), parent);
      if (i > 0) item.dict.set(PDFName.of('Prev'), items[i - 1]!.ref);
      if (i < items.length - 1) item.dict.set(PDFName.of('Next'), items[i + 1]!.ref);
    });
  };
  link(chapters, outlineRef);
  for (const chapter of chapters) {
    if (!chapter.children.length) continue;
    link(chapter.children, chapter.ref);
    chapter.dict.set(PDFName.of('First'), chapter.children[0]!.ref);
    chapter.dict.set(PDFName.of('Last'), chapter.children[chapter.children.length - 1]!.ref);
    chapter.dict.set(PDFName.of('Count'), PDFNumber.of(chapter.children.length));
  }
  const outline = context.obj({ Type: 'Outlines', Count: chapters.length }) as PDFDict;
  if (chapters.length) {
    outline.set(PDFName.of('First'), chapters[0]!.ref);
    outline.set(PDFName.of('Last'), chapters[chapters.length - 1]!.ref);
  }
  context.assign(outlineRef, outline);
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));

  renumberStructureIds(doc);

  // Metadata: no clock, no browser user agent, no random file id.
  // A fresh Info dictionary replaces Chromium's (dates of printing, browser user agent).
  const info = context.obj({}) as PDFDict;
  const previousInfo = context.trailerInfo.Info;
  if (previousInfo instanceof PDFRef) context.assign(previousInfo, info);
  else context.trailerInfo.Info = context.register(info);
  info.set(PDFName.of('Title'), text(options.title));
  info.set(PDFName.of('Subject'), text(options.subject));
  info.set(PDFName.of('Author'), text('Zig for Python Developers'));
  info.set(PDFName.of('Creator'), text('Zig for Python Developers print edition (Chromium, pdf-lib)'));
  if (options.date) {
    const stamp: PDFObject = PDFString.of(`D:${options.date.replace(/-/g, '')}000000Z`);
    info.set(PDFName.of('CreationDate'), stamp);
    info.set(PDFName.of('ModDate'), stamp);
  }
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
