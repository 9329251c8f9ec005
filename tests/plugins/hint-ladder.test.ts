import { describe, expect, it } from 'vitest';
import { renderError, renderMarkdown } from '../helpers/markdown-processor.ts';

const ladder = (tiers: string[]) => ['::::hints', ...tiers.map((t, i) => `:::hint{tier=${i + 1}}\n${t}\n:::`), '::::'].join('\n');
const four = ladder(['What does the model store?', 'What if bias fails?', 'Which pattern gives **temporary** space?', 'Which allocator outlives `predict`?']);

describe('remark-hint-ladder', () => {
  it('nests tier n+1 inside tier n, collapsed, labelled, out of search', async () => {
    await expect(await renderMarkdown(four)).toMatchFileSnapshot('__snapshots__/hint-ladder.student.html');
  });

  it('opens every tier in the instructor edition', async () => {
    const html = await renderMarkdown(four, { edition: 'instructor' });
    expect(html.match(/<details [^>]*open/g)).toHaveLength(4);
    await expect(html).toMatchFileSnapshot('__snapshots__/hint-ladder.instructor.html');
  });

  it('rejects a missing tier at the ladder', async () => {
    expect(await renderError(`# T\n\n${ladder(['a', 'b', 'c'])}`)).toMatchInlineSnapshot(`
      "content/lessons/1.1-test.mdx:3:1: error: this hint ladder has 3 tiers; tier 4 is missing
          ::::hints
          ^
        why: a hint ladder is ::::hints holding exactly 4 :::hint{tier=N} blocks, tiers 1 to 4 in order
        fix: add :::hint{tier=4} … up to tier 4"
    `);
  });

  it('rejects tiers out of order at the offending tier', async () => {
    const markdown = ['::::hints', ':::hint{tier=1}\na\n:::', ':::hint{tier=3}\nc\n:::', ':::hint{tier=2}\nb\n:::', ':::hint{tier=4}\nd\n:::', '::::'].join(
      '\n',
    );
    expect((await renderError(markdown)).split('\n')[0]).toBe('content/lessons/1.1-test.mdx:5:1: error: hint tier 3 where tier 2 was expected');
  });

  it('rejects a tier without a number, content between tiers, a fifth tier, and a stray hint', async () => {
    expect((await renderError('::::hints\n:::hint\na\n:::\n::::')).split('\n')[0]).toBe('content/lessons/1.1-test.mdx:2:1: error: hint 1 has no tier');
    expect((await renderError('::::hints\nloose text\n::::')).split('\n')[0]).toBe(
      'content/lessons/1.1-test.mdx:2:1: error: only :::hint blocks may sit inside ::::hints',
    );
    expect((await renderError(ladder(['a', 'b', 'c', 'd', 'e']))).split('\n')[0]).toContain('error: a 5th hint: a ladder has 4 tiers');
    expect((await renderError('# T\n\n:::hint{tier=1}\nalone\n:::')).split('\n')[0]).toBe(
      'content/lessons/1.1-test.mdx:3:1: error: a :::hint outside a ::::hints ladder',
    );
  });
});
