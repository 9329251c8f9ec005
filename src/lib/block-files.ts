/**
 * The files of every verified block, as the verifier compiled them (hidden
 * lines, included listings, `with=` files and support files in place), so an
 * instructor runs a lesson's demo from the instructor edition instead of
 * rebuilding it by hand from the page.
 */
import type { VerifiedBlocks } from './verified-blocks.ts';
import { blockAnchor } from '../../course/extract/unit.ts';

export interface BlockFiles {
  /** The block's frame id, also its folder under /files/. */
  folder: string;
  /** The file handed to zig, then the others. */
  files: { name: string; text: string }[];
  command: string;
}

/** Every shown, verified block's files, by frame id. */
export function blockFiles(blocks: VerifiedBlocks): Map<string, BlockFiles> {
  const found = new Map<string, BlockFiles>();
  for (const { unit, entry } of blocks.entries()) {
    if (unit.kind !== 'fence' || entry?.status !== 'verified') continue;
    const names = Object.keys(unit.files).sort((a, b) => Number(b === unit.main) - Number(a === unit.main) || a.localeCompare(b));
    const folder = blockAnchor(unit.id);
    found.set(folder, { folder, files: names.map((name) => ({ name, text: unit.files[name]! })), command: entry.command });
  }
  return found;
}

/** Site path (without base) of one of a block's files. */
export const blockFilePath = (folder: string, name: string) => `/files/${folder}/${name}`;
