import { describe, expect, it } from 'vitest';
import { ContentError } from '../../scripts/verify/errors.ts';
import type { VerifiedView } from '../../src/lib/render-code-frame.ts';
import { recordOf, renderError, renderMarkdown } from '../helpers/markdown-processor.ts';

const file = 'content/lessons/1.1-test.mdx';
const view = (overrides: Partial<VerifiedView> = {}): VerifiedView => ({
  id: 'l11-demo',
  title: 'demo.zig',
  code: 'const x: u8 = 300;',
  command: 'zig test demo.zig',
  output: "demo.zig:1:15: error: type 'u8' cannot represent integer value '300'",
  label: 'compile error, as expected',
  status: 'verified',
  outcome: 'compile-error',
  zigVersion: '0.17.0',
  ...overrides,
});

describe('remark-zig-blocks', () => {
  it('renders the verified frame: title, code, status line, transcript', async () => {
    const html = await renderMarkdown('# T\n\n```zig compile-error="cannot represent" title="demo.zig"\nconst x: u8 = 300;\n```\n', { blocks: recordOf({ [`${file}:3`]: view() }) });
    await expect(html).toMatchFileSnapshot('__snapshots__/zig-frame.html');
  });

  it('escapes whatever a block printed', async () => {
    const html = await renderMarkdown('```zig run\npub fn main() void {}\n```\n', {
      blocks: recordOf({ [`${file}:1`]: view({ command: 'zig run main.zig', output: '<script>alert(1)</script> & <b>bold</b>', label: 'runs', outcome: 'passed' }) }),
    });
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>bold&#x3C;/b>');
    expect(html).not.toContain('<script>');
  });

  it('marks a skipped block as not verified, without a transcript', async () => {
    const html = await renderMarkdown('```zig skip="future syntax"\nconst a = 1;\n```\n', { blocks: recordOf({ [`${file}:1`]: view({ status: 'skipped', label: 'not verified: future syntax', output: '' }) }) });
    expect(html).toContain('Not verified: future syntax');
    expect(html).not.toContain('transcript');
  });

  it('fails the build, located, for a block without a passing record', async () => {
    const stale = new ContentError({ file, line: 3, column: 1 }, '[lessons/1.1-test#1] has no verified result for its current code', { fix: 'run `npm run verify` and fix what it reports' });
    expect(await renderError('# T\n\n```zig\ntest {}\n```\n', { blocks: recordOf({ [`${file}:3`]: stale }) })).toBe(stale.message);
    expect((await renderError('# T\n\n```zig\ntest {}\n```\n')).split('\n')[0]).toBe(`${file}:3:1: error: this zig block is unknown to the verifier`);
  });
});

describe('remark-code-frames', () => {
  it('frames and highlights other languages with classes, never inline styles', async () => {
    const html = await renderMarkdown('```python\nmodel = load_model("weights.bin")\n```\n');
    expect(html).not.toContain('style=');
    await expect(html).toMatchFileSnapshot('__snapshots__/python-frame.html');
  });
});
