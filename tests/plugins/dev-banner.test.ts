/**
 * The dev server's rendering of blocks without a verified result, through the
 * site's real Markdown pipeline: code under a banner with the located error
 * (and the failed run's output), rendered as text; a build still fails.
 */
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../scripts/verify/errors.ts';
import { watchesFile } from '../../src/integrations/dev-verify.ts';
import type { DevBlockStatus, DevFailure } from '../../src/plugins/remark-zig-blocks.ts';
import { recordOf, renderError, renderMarkdown } from '../helpers/markdown-processor.ts';

const file = 'content/lessons/1.1-test.mdx';
const markdown = '# T\n\n```zig run title="hello.zig"\npub fn main() void {}\n```\n';
const dev = (failures: Record<string, DevFailure> = {}, active = true): DevBlockStatus => ({
  active: () => active,
  failureAt: (f, line) => failures[`${f}:${line}`],
});
const stale = new ContentError({ file, line: 3, column: 1 }, '[x] has no verified result for its current code', { fix: 'run `npm run verify`' });

describe('unverified blocks on the dev server', () => {
  it('shows a failed run: its located message and output above the code, as text', async () => {
    const failure = {
      message: `${file}:4:5: error: [x] expected the program to run cleanly, but it failed to compile`,
      output: 'hello.zig:2:5: error: <script>alert(1)</script>',
    };
    const html = await renderMarkdown(markdown, { blocks: recordOf({ [`${file}:3`]: stale }), dev: dev({ [`${file}:3`]: failure }) });
    expect(html).toContain('<div class="zig-unverified" data-unverified=""><div class="zig-unverified__banner" role="alert">');
    expect(html).toContain(`<pre class="zig-unverified__message">${file}:4:5: error: [x] expected the program to run cleanly, but it failed to compile</pre>`);
    expect(html).toContain('<pre class="zig-unverified__output">hello.zig:2:5: error: &#x3C;script>alert(1)&#x3C;/script></pre>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span class="code-frame__title">hello.zig</span>');
  });

  it('shows a content error (a stale or mistyped fence) with its whole located message', async () => {
    const html = await renderMarkdown(markdown, { blocks: recordOf({ [`${file}:3`]: stale }), dev: dev() });
    expect(html).toContain(`${file}:3:1: error: [x] has no verified result for its current code\n  fix: run \`npm run verify\`</pre>`);
    expect(html).not.toContain('zig-unverified__output');
  });

  it('shows a block unknown to the verifier', async () => {
    const html = await renderMarkdown(markdown, { dev: dev() });
    expect(html).toContain(`${file}:3:1: error: this zig block is unknown to the verifier`);
  });

  it('still fails the build outside the dev server', async () => {
    await expect(renderError(markdown, { blocks: recordOf({ [`${file}:3`]: stale }), dev: dev({}, false) })).resolves.toContain('has no verified result');
    await expect(renderError(markdown, { blocks: recordOf({ [`${file}:3`]: stale }) })).resolves.toContain('has no verified result');
  });
});

describe('files the dev server re-verifies', () => {
  it.each([
    ['content/lessons/3.1-x.mdx', true],
    ['content/exercises/3.1-x/model.zig', true],
    ['content/modules/3.yaml', true],
    ['snippets/listings/ml_model.zig', true],
    ['snippets/verified/lessons/3.1-x.json', false],
    ['snippets/verified/lessons/3.1-x/1/example.zig', false],
    ['src/pages/x.astro', false],
    ['content/lessons/notes.txt', false],
  ])('%s: %s', (relative, watched) => {
    expect(watchesFile(relative)).toBe(watched);
  });
});
