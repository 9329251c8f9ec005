/**
 * What a compiler-server session prints is taken as a block's own output only
 * when it is certain to be: its root file and module name mapped back to the
 * block's, and nothing the compiler numbers as it goes. The cases are outputs
 * recorded from Zig 0.17.1 on lesson 2.2's blocks (solo and in a session).
 */
import { describe, expect, it } from 'vitest';
import { asOwnOutput } from '../../scripts/verify/run/server/error-session.ts';

const solo = [
  "point.zig:11:7: error: no field named 'z' in struct 'point.Point'",
  '    p.z = 5;',
  '      ^',
  'point.zig:4:15: note: struct declared here',
  'const Point = struct {',
  '              ^~~~~~',
  '',
].join('\n');

describe("a session result as the block's own output", () => {
  it("maps the root file and the root module back to the block's file", () => {
    const session = solo.replaceAll('point.zig', 'zv_listen_root.zig').replace("'point.Point'", "'zv_listen_root.Point'");
    expect(asOwnOutput(session, 'point.zig')).toBe(solo);
  });

  it('refuses names the compiler numbers as it goes (they depend on what the session analysed before)', () => {
    const anonymous =
      "zv_listen_root.zig:15:68: error: expected type 'zv_listen_root.Point', found 'zv_listen_root.test.a literal with no type in sight__struct_1025'";
    expect(asOwnOutput(anonymous, 'anonymous.zig')).toBeUndefined();
  });

  it("refuses output that still names the session's root after mapping", () => {
    expect(asOwnOutput("error: unable to load '/tmp/s/zv_listen_root/x.zig': FileNotFound", 'single.zig')).toBeUndefined();
  });

  it('leaves a name that only ends like the root module alone', () => {
    expect(asOwnOutput("a.zig:1:1: error: no member 'my_zv_listen_root.x'", 'a.zig')).toBeUndefined();
    expect(asOwnOutput("zv_listen_root.zig:1:1: error: x in 'std.zv'", 'b.zig')).toBe("b.zig:1:1: error: x in 'std.zv'");
  });
});
