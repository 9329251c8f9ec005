/**
 * Located content errors: `path:line:col: error: what`, the source line with a
 * caret underline (as Zig's own tools print them), then why and how to fix it.
 * Shared by the verifier and the site's remark plugins so that authors see one
 * format wherever a problem is found.
 */

export interface SourceLocation {
  /** Path relative to the project (or course) root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface ContentErrorDetails {
  /** Why it is an error: the rule that was broken. */
  why?: string;
  /** What the author should do. */
  fix?: string;
  /** The text of the offending source line, to underline. */
  sourceLine?: string;
  /** How many characters to underline (default 1). */
  length?: number;
}

/** An authoring mistake at a known place in the course source. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly location: SourceLocation;
  readonly what: string;
  readonly details: ContentErrorDetails;

  constructor(location: SourceLocation, what: string, details: ContentErrorDetails = {}) {
    super(formatContentError(location, what, details));
    this.location = location;
    this.what = what;
    this.details = details;
  }
}

/** Formats a location as editors and CI annotate it: `file:line:col`. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** Renders the full multi-line message of a located error. */
export function formatContentError(location: SourceLocation, what: string, details: ContentErrorDetails = {}): string {
  const lines = [`${formatLocation(location)}: error: ${what}`];
  if (details.sourceLine !== undefined) {
    const caretColumn = Math.max(1, location.column);
    lines.push(`    ${details.sourceLine}`);
    lines.push(`    ${' '.repeat(caretColumn - 1)}^${'~'.repeat(Math.max(0, (details.length ?? 1) - 1))}`);
  }
  if (details.why) lines.push(`  why: ${details.why}`);
  if (details.fix) lines.push(`  fix: ${details.fix}`);
  return lines.join('\n');
}
