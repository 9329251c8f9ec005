import { describe, expect, it } from 'vitest';
import { idsInShard, parseShard } from '../../scripts/verify/shard.ts';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it('explains what is wrong with anything else', () => {
    expect(parseShard('0/4')).toBe('--shard 0/4: i must be between 1 and n');
    expect(parseShard('5/4')).toBe('--shard 5/4: i must be between 1 and n');
    expect(parseShard('2')).toBe('--shard needs i/n (for example 2/4), not "2"');
    expect(parseShard('a/b')).toMatch(/needs i\/n/);
  });
});

describe('idsInShard', () => {
  const ids = Array.from({ length: 23 }, (_, i) => `block-${String(i).padStart(2, '0')}`);

  it('splits the ids into disjoint shares that together are all of them, each within one of the others in size', () => {
    const shares = [1, 2, 3, 4].map((index) => idsInShard(ids, { index, count: 4 }));
    expect(shares.flatMap((share) => [...share]).sort()).toEqual(ids);
    const sizes = shares.map((share) => share.size);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives every machine the same share, whatever order the ids arrive in', () => {
    const shuffled = [...ids].reverse();
    expect([...idsInShard(shuffled, { index: 3, count: 4 })].sort()).toEqual([...idsInShard(ids, { index: 3, count: 4 })].sort());
  });
});
