import { describe, expect, it } from 'vitest';
import { normalizeOutput, sanitizeControlCharacters } from '../../scripts/verify/run/normalize-output.ts';

const context = {
  runDir: '/tmp/zig-verify-Ab12Cd',
  zigLibDir: '/work/main/.tools/zig-0.17.0/ziglang/lib',
  zigCacheDir: '/work/main/.cache/zig',
  home: '/root',
};

describe('normalizeOutput', () => {
  it('replaces machine paths, addresses, thread ids, seeds and cache hashes', () => {
    const raw = [
      '1/1 leak.test.leaks...thread 2666 panic: index out of bounds: index 5, len 3',
      '/tmp/zig-verify-Ab12Cd/leak.zig:4:28: 0x124e9a7 in test.leaks (leak.zig)',
      '/work/main/.tools/zig-0.17.0/ziglang/lib/std/start.zig:248:5: 0x11fe5a1 in _start (std.zig)',
      '[SafeAllocator] (err): leaked [addr: 7fa3d56a2010, len: 10 (0xa) align: 1] allocated at: ',
      'error(DebugAllocator): memory address 0x7fc675740000 leaked: ',
      'Segmentation fault at address 0x28f0',
      '???:?:?: 0x7f01 in ??? (???)',
      'pointer: u8@7ffc12345678',
      '/work/main/.cache/zig/o/dfca575eb0c87447928689932629529d/test --seed=0x16c7b536',
      'see /root/notes.txt',
      '',
      '',
    ].join('\n');
    expect(normalizeOutput(raw, context)).toBe(
      [
        '1/1 leak.test.leaks...thread <tid> panic: index out of bounds: index 5, len 3',
        'leak.zig:4:28: <addr> in test.leaks (leak.zig)',
        '<zig>/lib/std/start.zig:248:5: <addr> in _start (std.zig)',
        '[SafeAllocator] (err): leaked [addr: <addr>, len: 10 (0xa) align: 1] allocated at:',
        'error(DebugAllocator): memory address <addr> leaked:',
        'Segmentation fault at address <addr>',
        '???:?:?: <addr> in ??? (???)',
        'pointer: u8@<addr>',
        '~/.cache/zig/o/<hash>/test --seed=<seed>',
        'see ~/notes.txt',
      ].join('\n'),
    );
  });

  it('strips the directory of an earlier run that a cached binary still names', () => {
    expect(normalizeOutput('/tmp/zig-verify-Zz99Yy/a.zig:1:1: 0x1 in f (a.zig)', context)).toBe('a.zig:1:1: <addr> in f (a.zig)');
  });

  it('numbers neither generic instances nor anonymous types: the compile numbers them, not the block', () => {
    expect(normalizeOutput('expectEqualInner__func_958 t.main__struct_790 t.f__union_12 t.g__enum_3 t.h__opaque_41', context)).toBe(
      'expectEqualInner__func_<n> t.main__struct_<n> t.f__union_<n> t.g__enum_<n> t.h__opaque_<n>',
    );
  });

  it('keeps program output that merely looks like a number', () => {
    expect(normalizeOutput('value 0xa and 0xdeadbeef, 3/4 done', context)).toBe('value 0xa and 0xdeadbeef, 3/4 done');
  });

  it('renumbers diagnostics to the displayed lines, leaving hidden lines alone', () => {
    const raw = 'model.zig:7:5: error: boom\nmodel.zig:2:1: note: hidden\nother.zig:7:5: x\n/x/model.zig:7:5: y';
    const output = normalizeOutput(raw, { ...context, lineMaps: { 'model.zig': [4, 5, 6, 7] } });
    expect(output).toBe('model.zig:4:5: error: boom\nmodel.zig:2:1: note: hidden\nother.zig:7:5: x\n/x/model.zig:7:5: y');
  });

  it('makes control characters and escape sequences harmless', () => {
    expect(sanitizeControlCharacters('a\r\nb\x1b[31mred\x1b[0m\x07\x00c\td')).toBe('a\nbred\uFFFD\uFFFDc\td');
  });
});
