//! Exercise 1.6: Optional Lookups.
//!
//! Helpers that read a training run's settings. Each one may find no answer,
//! and says so with an optional instead of a made-up value.

/// The value of one ASCII digit: '0' is 0, ..., '9' is 9.
/// Any other byte is not a digit: null.
pub fn digitValue(c: u8) ?u8 {
    // TODO: a digit gives its value, anything else null.
    _ = c;
    return null;
}

/// The number written by four ASCII digits, such as '2', '0', '4', '8'.
/// If any of the four bytes is not a digit, the whole number is missing: null.
pub fn parseNumber(chars: [4]u8) ?u32 {
    // TODO: combine the digits; pass a missing digit on to the caller.
    _ = chars;
    return null;
}

/// The number of epochs written in `chars`, or 10 when `chars` is not a number.
pub fn epochsOrDefault(chars: [4]u8) u32 {
    // TODO: parse, with a default for the missing case.
    _ = chars;
    return 0;
}

/// The index of the first score strictly greater than `threshold`,
/// or null when no score is.
pub fn firstAbove(scores: [6]f32, threshold: f32) ?usize {
    // TODO: search; say "none" with null.
    _ = scores;
    _ = threshold;
    return null;
}

/// `a / b` (rounded down), or null when `b` is 0.
pub fn safeDivide(a: u32, b: u32) ?u32 {
    // TODO: never divide by zero.
    _ = a;
    _ = b;
    return null;
}
