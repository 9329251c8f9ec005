fn same(a: []const u8, b: []const u8) bool {
    return a == b;
}

test "same" {
    _ = same("quit", "quit");
}
