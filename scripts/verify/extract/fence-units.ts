/**
 * Turns the zig fences of one content file into verify units: parses each
 * fence's info string, resolves includes, and separates shown from hidden lines.
 */
import { ContentError } from '../errors.ts';
import type { ZigFence } from './collect-zig-fences.ts';
import { locateKey, parseFenceMeta, type FenceSpec } from './fence-meta.ts';
import { applyHiddenLines } from './hidden-lines.ts';
import { extractRegion } from './include-region.ts';
import type { VerifyUnit } from './unit.ts';
import { withTraceSupport } from '../trace/trace-unit.ts';

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
  const built: { unit: VerifyUnit; fence: ZigFence; spec: FenceSpec }[] = [];
  const errors: ContentError[] = [];
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  };
  for (const fence of input.fences) attempt(() => built.push(buildFenceUnit(input, fence)));
  // with="…" names other blocks of the page by title, before or after this one.
  const byTitle = new Map<string, VerifyUnit[]>();
  for (const { unit, spec } of built) if (spec.title) byTitle.set(spec.title, [...(byTitle.get(spec.title) ?? []), unit]);
  const units: VerifyUnit[] = [];
  for (const { unit, fence, spec } of built) attempt(() => units.push(spec.with ? withFiles(input, unit, fence, spec.with, byTitle) : unit));
  return { units, errors };
}

/** Places the files named by with="…" beside the unit's own file. */
function withFiles(input: FenceUnitsInput, unit: VerifyUnit, fence: ZigFence, names: string[], byTitle: Map<string, VerifyUnit[]>): VerifyUnit {
  const meta = fence.meta ?? '';
  const token = locateKey(meta, 'with') ?? { offset: 0, length: meta.length };
  const at = { file: input.file, line: fence.line, column: fence.metaColumn + token.offset };
  const located = (what: string, fix: string, why?: string) =>
    new ContentError(at, what, { fix, ...(why ? { why } : {}), sourceLine: fence.fenceLine, length: token.length });
  const files = { ...unit.files };
  const origins = { ...unit.origins };
  for (const name of names) {
    const base = name.split('/').pop()!;
    if (base === unit.main) throw located(`with="${name}" is this block's own file name, ${unit.main}`, `give this block another title="…"`);
    const blocks = name.includes('/') ? [] : (byTitle.get(name) ?? []).filter((other) => other !== unit);
    if (blocks.length > 1)
      throw located(
        `with="${name}": ${blocks.length} blocks on this page have title="${name}"`,
        'give each block its own title, so with="…" names one of them',
      );
    const block = blocks[0];
    if (block) {
      files[base] = block.files[block.main]!;
      origins[base] = block.origins[block.main]!;
      continue;
    }
    const text = input.readSnippet(name);
    if (text === undefined) {
      throw located(
        `with="${name}" names no block of this page and no file under snippets/`,
        `give the other block title="${name}", or create snippets/${name}`,
        'with="…" places another block of the same page (by its title) or a file under snippets/ beside this one',
      );
    }
    files[base] = text;
    origins[base] = { file: `snippets/${name}`, firstLine: 1, column: 1 };
  }
  return { ...unit, files, origins };
}

function buildFenceUnit(input: FenceUnitsInput, fence: ZigFence): { unit: VerifyUnit; fence: ZigFence; spec: FenceSpec } {
  const spec = parseFenceMeta(fence.meta, { file: input.file, line: fence.line, column: fence.metaColumn, sourceLine: fence.fenceLine });
  const unit = unitOf(input, fence, spec);
  return { unit: spec.trace ? withTraceSupport(unit, spec.diagram) : unit, fence, spec };
}

function unitOf(input: FenceUnitsInput, fence: ZigFence, spec: FenceSpec): VerifyUnit {
  const fenceAt = { file: input.file, line: fence.line, column: fence.column };
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
    ...(spec.options ? { options: spec.options } : {}),
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
    throw new ContentError({ file: input.file, line: fence.firstBodyLine + hidden.problem.line - 1, column: fence.bodyIndent + 1 }, hidden.problem.message, {
      fix: hidden.problem.fix,
      why: 'hidden regions are compiled but not shown, and must be balanced',
    });
  }
  const main = spec.title ?? (spec.mode === 'run' || (spec.mode === 'build' && /^\s*pub\s+fn\s+main\s*\(/m.test(fence.code)) ? 'main.zig' : 'example.zig');
  return {
    ...common,
    files: { [main]: fence.code.endsWith('\n') ? fence.code : `${fence.code}\n` },
    main,
    origins: { [main]: { file: input.file, firstLine: fence.firstBodyLine, column: fence.bodyIndent + 1 } },
    display: hidden.view,
  };
}
