//! Exercise 1.2: Byte Budget. Make the tests in byte_budget_test.zig pass.

pub fn answer() !i64 {
    return error.NotImplemented;
}
