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
    const html = await renderMarkdown('# T\n\n```zig compile-error="cannot represent" title="demo.zig"\nconst x: u8 = 300;\n```\n', {
      blocks: recordOf({ [`${file}:3`]: view() }),
    });
    await expect(html).toMatchFileSnapshot('__snapshots__/zig-frame.html');
  });

  it('escapes whatever a block printed', async () => {
    const html = await renderMarkdown('```zig run\npub fn main() void {}\n```\n', {
      blocks: recordOf({
        [`${file}:1`]: view({ command: 'zig run main.zig', output: '<script>alert(1)</script> & <b>bold</b>', label: 'runs', outcome: 'passed' }),
      }),
    });
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>bold&#x3C;/b>');
    expect(html).not.toContain('<script>');
  });

  it('marks a skipped block as not verified, without a transcript', async () => {
    const html = await renderMarkdown('```zig skip="future syntax"\nconst a = 1;\n```\n', {
      blocks: recordOf({ [`${file}:1`]: view({ status: 'skipped', label: 'not verified: future syntax', output: '' }) }),
    });
    expect(html).toContain('Not verified: future syntax');
    expect(html).not.toContain('transcript');
  });

  it('fails the build, located, for a block without a passing record', async () => {
    const stale = new ContentError({ file, line: 3, column: 1 }, '[lessons/1.1-test#1] has no verified result for its current code', {
      fix: 'run `npm run verify` and fix what it reports',
    });
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

describe('the outcome on the block', () => {
  const kinds: [Partial<VerifiedView>, string][] = [
    [{ outcome: 'passed', label: 'passes' }, 'Passes'],
    [{ outcome: 'passed', label: 'runs', command: 'zig run demo.zig' }, 'Runs'],
    [{ outcome: 'compile-error', label: 'compile error, as expected' }, 'Does not compile'],
    [{ outcome: 'panicked', label: 'panics, as expected', output: 'thread <tid> panic: integer overflow' }, 'Panics'],
    [{ outcome: 'leaked', label: 'leak detected, as expected', output: 'error(DebugAllocator): memory address <addr> leaked:' }, 'Leaks (on purpose)'],
    [{ outcome: 'test-failed', label: 'test fails, as expected', output: '1/1 demo.test.sum...FAIL (TestExpectedEqual)' }, 'Test fails (on purpose)'],
    [{ outcome: 'exited', label: 'exits with 1, as expected', output: '' }, 'Exits with 1'],
    [{ outcome: 'compiles-only', label: 'compiles', output: '' }, 'Compiles only'],
    [{ outcome: 'something-new', label: 'does something new, as expected', output: '' }, 'Does something new'],
  ];
  it.each(kinds)('names %o in the header, before the code', async (overrides, words) => {
    const html = await renderMarkdown('```zig\nconst x: u8 = 300;\n```\n', { blocks: recordOf({ [`${file}:1`]: view(overrides) }) });
    const header = /<figcaption[^>]*>(.*?)<\/figcaption>/.exec(html)?.[1] ?? '';
    expect(header).toContain(` ${words}</span>`);
    expect(html.indexOf(words)).toBeLessThan(html.indexOf('<pre class="code"'));
    // Not colour alone: an icon and a kind of its own.
    expect(header).toMatch(/class="outcome outcome--[a-z-]+"><span class="outcome__icon" aria-hidden="true">.<\/span>/);
  });

  it('gives each failing kind its own badge, distinct from passing', async () => {
    const classes = new Set<string>();
    for (const [overrides] of kinds.slice(2, 7)) {
      const html = await renderMarkdown('```zig\nconst x = 1;\n```\n', { blocks: recordOf({ [`${file}:1`]: view(overrides) }) });
      classes.add(/class="outcome (outcome--[a-z-]+)"/.exec(html)![1]!);
    }
    expect([...classes]).toEqual(['outcome--compile-error', 'outcome--panic', 'outcome--leak', 'outcome--test-fail', 'outcome--exit']);
  });

  it('marks the lines that matter: the error and its caret, panics, leaks, failing tests', async () => {
    const output = [
      "demo.zig:1:15: error: type 'u8' cannot represent integer value '300'",
      'const x: u8 = 300;',
      '              ^~~',
      'referenced by:',
      '    test_0: demo.zig:3:5',
    ].join('\n');
    const html = await renderMarkdown('```zig\nconst x: u8 = 300;\n```\n', { blocks: recordOf({ [`${file}:1`]: view({ output }) }) });
    const marked = [...html.matchAll(/<mark class="transcript__mark">(.*?)<\/mark>/g)].map((m) => m[1]);
    expect(marked).toEqual(["demo.zig:1:15: error: type 'u8' cannot represent integer value '300'", '^~~']);
  });
});

describe('outputs you can scan', () => {
  const output = [
    'thread <tid> panic: integer overflow',
    'demo.zig:3:5: <addr> in main (demo.zig)',
    '    x += 1;',
    '    ^',
    '<zig>/lib/std/start.zig:788:64: <addr> in callMain (std.zig)',
    '    if (fn_info.param_types.len == 0) return wrapMain(root.main());',
    '                                                               ^',
    '<zig>/lib/std/start.zig:248:5: <addr> in _start (std.zig)',
    '    asm volatile (switch (native_arch) {',
    '    ^',
    'error: the following command terminated with signal ABRT:',
  ].join('\n');

  it('folds standard-library frames behind "N more frames", keeping every line', async () => {
    const html = await renderMarkdown('```zig run\npub fn main() void {}\n```\n', {
      blocks: recordOf({ [`${file}:1`]: view({ output, outcome: 'panicked', label: 'panics, as expected', command: 'zig run demo.zig' }) }),
    });
    expect(html).toContain('<details class="transcript__fold"><summary>2 more frames in Zig\'s standard library</summary>');
    const fold = /<details class="transcript__fold">.*?<\/details>/s.exec(html)![0];
    expect(fold).toContain('start.zig:788:64');
    expect(fold).toContain('asm volatile');
    expect(fold).not.toContain('demo.zig:3:5');
    // Nothing is lost: every line of the output is in the transcript, in order.
    const shown = html
      .slice(html.indexOf('<div class="transcript__output"'))
      .replace(/<summary>.*?<\/summary>/g, '')
      .replace(/<\/pre>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x3C;/g, '<')
      .replace(/&#x26;/g, '&');
    expect(shown.trim().split('\n').slice(1)).toEqual(output.split('\n'));
  });
});

describe('tables and shell blocks', () => {
  it('wraps tables in a focusable scroll region and lets inline code break after dots only', async () => {
    const html = await renderMarkdown('| Python | Zig |\n| --- | --- |\n| `torch.cuda.empty_cache()` | `allocator.free(x)` |\n');
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table 1: Python, Zig" tabindex="0"><table>');
    expect(html).toContain('<code>torch.<wbr>cuda.<wbr>empty_cache()</code>');
  });

  it('labels shell commands "Shell", even in a text fence', async () => {
    expect(await renderMarkdown('```sh\nnpm test\n```\n')).toContain('<span class="code-frame__title">Shell</span>');
    expect(await renderMarkdown('```text\nzig test model_test.zig\n```\n')).toContain('<span class="code-frame__title">Shell</span>');
    expect(await renderMarkdown('```text\n1. LOAD   the weights\n```\n')).toContain('<span class="code-frame__title">Text</span>');
  });
});

describe('a listing shown region by region', () => {
  it('shows the run once, and links to it from every later region', async () => {
    const region = (id: string, lines: string) =>
      view({ id, titleNote: `lines ${lines} of snippets/listings/model.zig`, outcome: 'passed', label: 'passes', output: 'All 3 tests passed.' });
    const html = await renderMarkdown(
      '```zig include="listings/model.zig#a"\nconst a = 1;\n```\n\n```zig include="listings/model.zig#b"\nconst b = 2;\n```\n\n```zig include="listings/model.zig#c"\nconst c = 3;\n```\n',
      {
        blocks: recordOf({ [`${file}:1`]: region('l-a', '1–4'), [`${file}:5`]: region('l-b', '6–9'), [`${file}:9`]: region('l-c', '11–20') }),
      },
    );
    expect(html.match(/class="transcript"/g)).toHaveLength(1);
    expect(html.match(/All 3 tests passed\./g)).toHaveLength(1);
    expect(html.match(/<a href="#block-l-a">lines 1–4 of snippets\/listings\/model.zig<\/a>/g)).toHaveLength(2);
  });
});
