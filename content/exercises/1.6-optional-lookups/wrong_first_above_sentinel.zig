//! Exercise 1.6: a plausible wrong solution. firstAbove keeps a sentinel
//! habit and answers 0 for "none", which is also a real index.

/// The value of one ASCII digit: '0' is 0, ..., '9' is 9.
/// Any other byte is not a digit: null.
pub fn digitValue(c: u8) ?u8 {
    return switch (c) {
        '0'...'9' => c - '0',
        else => null,
    };
}

/// The number written by four ASCII digits, such as '2', '0', '4', '8'.
/// If any of the four bytes is not a digit, the whole number is missing: null.
pub fn parseNumber(chars: [4]u8) ?u32 {
    var value: u32 = 0;
    for (chars) |c| {
        const digit = digitValue(c) orelse return null;
        value = value * 10 + digit;
    }
    return value;
}

/// The number of epochs written in `chars`, or 10 when `chars` is not a number.
pub fn epochsOrDefault(chars: [4]u8) u32 {
    return parseNumber(chars) orelse 10;
}

/// The index of the first score strictly greater than `threshold`,
/// or null when no score is.
pub fn firstAbove(scores: [6]f32, threshold: f32) ?usize {
    for (scores, 0..) |score, i| {
        if (score > threshold) return i;
    }
    return 0; // wrong: a sentinel, and a valid index
}

/// `a / b` (rounded down), or null when `b` is 0.
pub fn safeDivide(a: u32, b: u32) ?u32 {
    if (b == 0) return null;
    return a / b;
}
