/**
 * `--shard i/n`: a deterministic 1/n of the course, so a CI matrix can fan the
 * verification out over machines and merge the records afterwards (`--import`).
 *
 * Blocks are dealt round-robin in order of their ids, which every machine
 * computes the same from the same content; dealing (rather than hashing) keeps
 * the shards within one block of each other in size.
 */

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); returns a message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return `--shard needs i/n (for example 2/4), not "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be between 1 and n`;
  return { index, count };
}

/** The ids, out of all the course's block ids, that belong to `shard`. */
export function idsInShard(allIds: Iterable<string>, shard: Shard): Set<string> {
  const sorted = [...new Set(allIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Set(sorted.filter((_, position) => position % shard.count === shard.index - 1));
}
