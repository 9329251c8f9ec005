/**
 * Turns the zig fences of one content file into verify units: parses each
 * fence's info string, resolves includes, and separates shown from hidden lines.
 */
import { ContentError } from '../errors.ts';
import type { ZigFence } from './collect-zig-fences.ts';
import { parseFenceMeta } from './fence-meta.ts';
import { applyHiddenLines } from './hidden-lines.ts';
import { extractRegion } from './include-region.ts';
import type { VerifyUnit } from './unit.ts';

export interface FenceUnitsInput {
  /** Content file path, relative to the course root (e.g. content/lessons/3.1-x.mdx). */
  file: string;
  /** The file's path inside content/ without extension, used in default ids. */
  contentKey: string;
  fences: ZigFence[];
  /** Reads a file under snippets/ (path relative to it); undefined when missing. */
  readSnippet: (relativePath: string) => string | undefined;
}

export interface FenceUnitsResult {
  units: VerifyUnit[];
  errors: ContentError[];
}

/** Builds units for one file; each broken fence yields one located error and no unit. */
export function buildFenceUnits(input: FenceUnitsInput): FenceUnitsResult {
  const units: VerifyUnit[] = [];
  const errors: ContentError[] = [];
  for (const fence of input.fences) {
    try {
      units.push(buildFenceUnit(input, fence));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return { units, errors };
}

function buildFenceUnit(input: FenceUnitsInput, fence: ZigFence): VerifyUnit {
  const fenceAt = { file: input.file, line: fence.line, column: fence.column };
  const spec = parseFenceMeta(fence.meta, { file: input.file, line: fence.line, column: fence.metaColumn, sourceLine: fence.fenceLine });
  const id = spec.name ?? `${input.contentKey}#${fence.ordinal}`;
  const common = {
    id,
    kind: 'fence' as const,
    sourceFile: input.file,
    location: fenceAt,
    mode: spec.mode,
    expect: spec.expect,
    instructorOnly: fence.instructorOnly,
    inHint: fence.inHint,
    ...(spec.skip !== undefined ? { skip: spec.skip } : {}),
    ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
  };

  if (spec.include) {
    if (fence.code.trim() !== '') {
      throw new ContentError(fenceAt, 'a fence with include="…" must be empty', {
        why: 'the shown code comes from the included file, so text in the fence would be silently ignored',
        fix: 'move the code into the included file, or remove include="…"',
        sourceLine: fence.fenceLine,
      });
    }
    const snippetPath = `snippets/${spec.include.path}`;
    const text = input.readSnippet(spec.include.path);
    if (text === undefined) {
      throw new ContentError(fenceAt, `included file ${snippetPath} does not exist`, {
        why: 'include paths are relative to the snippets/ folder',
        fix: `create ${snippetPath}, or correct the path in include="…"`,
        sourceLine: fence.fenceLine,
      });
    }
    const region = extractRegion(text, spec.include.anchor);
    if (!region.ok) {
      throw new ContentError(fenceAt, `include="${spec.include.path}#${spec.include.anchor ?? ''}": ${region.message} in ${snippetPath}`, {
        fix: region.fix,
        sourceLine: fence.fenceLine,
      });
    }
    const main = spec.title ?? spec.include.path.split('/').pop()!;
    return {
      ...common,
      files: { [main]: text },
      main,
      origins: { [main]: { file: snippetPath, firstLine: 1, column: 1 } },
      display: { ...region.view, includePath: snippetPath, firstLine: region.firstLine },
    };
  }

  if (fence.code.trim() === '') {
    throw new ContentError(fenceAt, 'empty zig fence', {
      why: 'every zig block is compiled, and an empty one proves nothing',
      fix: 'write the code, or use include="…" to show part of a file under snippets/',
      sourceLine: fence.fenceLine,
    });
  }
  const hidden = applyHiddenLines(fence.code);
  if (!hidden.ok) {
    throw new ContentError(
      { file: input.file, line: fence.firstBodyLine + hidden.problem.line - 1, column: fence.bodyIndent + 1 },
      hidden.problem.message,
      { fix: hidden.problem.fix, why: 'hidden regions are compiled but not shown, and must be balanced' },
    );
  }
  const main = spec.title ?? (spec.mode === 'run' ? 'main.zig' : 'example.zig');
  return {
    ...common,
    files: { [main]: fence.code.endsWith('\n') ? fence.code : `${fence.code}\n` },
    main,
    origins: { [main]: { file: input.file, firstLine: fence.firstBodyLine, column: fence.bodyIndent + 1 } },
    display: hidden.view,
  };
}
