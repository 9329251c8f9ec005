/**
 * What the verifier needs from parsing a content file (its zig fences and its
 * hint-ladder problems), kept between runs by the file's exact text, so a run
 * where nothing changed parses nothing: parsing MDX is most of a warm run.
 *
 * The key covers the text and a fingerprint of everything that decides the
 * result (the extraction code, the ladder rules, the locked parser packages),
 * so a cached answer is always the answer a fresh parse would give.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { ZigFence } from './collect-zig-fences.ts';
import type { YamlSource } from './frontmatter.ts';
import { writeFileAtomically } from '../files.ts';

export interface HintProblemAt {
  line: number;
  column: number;
  what: string;
  why: string;
  fix: string;
}

export interface ParsedContent {
  fences: ZigFence[];
  hintProblems: HintProblemAt[];
  /** The body of each hint tier of the file's ladder (mdast, with positions), for pages that list the hints. */
  hintTiers: Root[];
  /** The file's frontmatter (the parser's `yaml` node), when it has one. */
  frontmatter?: YamlSource;
}

/** Markdown and MDX parse the same text differently, so the syntax is part of the key. */
export type ContentSyntax = 'md' | 'mdx';

export interface ParseCache {
  get(syntax: ContentSyntax, text: string): ParsedContent | undefined;
  set(syntax: ContentSyntax, text: string, parsed: ParsedContent): void;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');
const DECIDING_FILES = [
  path.join(here, 'parse-markdown.ts'),
  path.join(here, 'collect-zig-fences.ts'),
  path.join(here, 'parse-cache.ts'),
  path.join(here, 'frontmatter.ts'),
  path.join(projectRoot, 'course', 'hint-ladder-rules.ts'),
  path.join(projectRoot, 'package-lock.json'),
];

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of DECIDING_FILES) hash.update(existsSync(file) ? readFileSync(file) : file);
  return hash.digest('hex');
}

/**
 * A cache in one JSON file. Entries not used by this run are dropped on save,
 * so the file holds exactly the course as it is now.
 */
export function fileParseCache(file: string): ParseCache & { save(): void } {
  const prefix = fingerprint();
  const keyOf = (syntax: ContentSyntax, text: string) => createHash('sha256').update(prefix).update(`${syntax}\0`).update(text).digest('hex');
  let stored: Record<string, ParsedContent> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ParsedContent>;
  } catch {
    // missing or unreadable: start empty (it is only a cache)
  }
  const used: Record<string, ParsedContent> = {};
  let changed = false;
  return {
    get(syntax, text) {
      const key = keyOf(syntax, text);
      const hit = used[key] ?? stored[key];
      if (hit) used[key] = hit;
      return hit;
    },
    set(syntax, text, parsed) {
      used[keyOf(syntax, text)] = parsed;
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      writeFileAtomically(file, JSON.stringify(used));
    },
  };
}
