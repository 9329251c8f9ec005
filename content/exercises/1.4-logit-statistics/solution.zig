//! Exercise 1.4: Logit Statistics (reference solution).

/// The sum of all four values.
pub fn total(xs: [4]f32) f32 {
    var sum: f32 = 0;
    for (xs) |x| sum += x;
    return sum;
}

/// The index of the largest value. When several values tie for the largest,
/// the first of them wins.
pub fn argmax(xs: [4]f32) usize {
    var best: usize = 0; // the first element is the best seen so far
    for (xs, 0..) |x, i| {
        if (x > xs[best]) best = i; // strictly greater: ties keep the earlier index
    }
    return best;
}

/// A new array in which every negative value is replaced by 0.
pub fn relu(xs: [4]f32) [4]f32 {
    var out = xs; // a copy: xs itself is read-only
    for (0..out.len) |i| {
        if (out[i] < 0) out[i] = 0;
    }
    return out;
}

/// The dot product: the sum of a[i] * b[i] over all positions.
pub fn dot(a: [4]f32, b: [4]f32) f32 {
    var sum: f32 = 0;
    for (a, b) |x, y| sum += x * y;
    return sum;
}

/// Running totals: element i of the result is xs[0] + xs[1] + ... + xs[i].
pub fn runningTotal(xs: [4]f32) [4]f32 {
    var out: [4]f32 = undefined;
    var sum: f32 = 0;
    for (xs, 0..) |x, i| {
        sum += x;
        out[i] = sum;
    }
    return out;
}
