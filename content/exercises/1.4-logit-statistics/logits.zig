//! Exercise 1.4: Logit Statistics.
//!
//! Five small functions on the four logits of a tiny classifier. Every
//! function takes its arrays by value and returns a number or a new array.

/// The sum of all four values.
pub fn total(xs: [4]f32) f32 {
    // TODO: add up every element.
    _ = xs;
    return 0;
}

/// The index of the largest value. When several values tie for the largest,
/// the first of them wins.
pub fn argmax(xs: [4]f32) usize {
    // TODO: remember the index of the best value seen so far.
    _ = xs;
    return 0;
}

/// A new array in which every negative value is replaced by 0.
pub fn relu(xs: [4]f32) [4]f32 {
    // TODO: return a changed copy of xs.
    return xs;
}

/// The dot product: the sum of a[i] * b[i] over all positions.
pub fn dot(a: [4]f32, b: [4]f32) f32 {
    // TODO: walk both arrays in step.
    _ = a;
    _ = b;
    return 0;
}

/// Running totals: element i of the result is xs[0] + xs[1] + ... + xs[i].
pub fn runningTotal(xs: [4]f32) [4]f32 {
    // TODO: keep a sum as you go and store it at each position.
    return xs;
}
