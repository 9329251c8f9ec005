//! Exercise 1.4: a plausible wrong solution. argmax uses >= instead of >,
//! so a later value that only ties the best one takes its place.

pub fn total(xs: [4]f32) f32 {
    var sum: f32 = 0;
    for (xs) |x| sum += x;
    return sum;
}

pub fn argmax(xs: [4]f32) usize {
    var best: usize = 0;
    for (xs, 0..) |x, i| {
        if (x >= xs[best]) best = i; // wrong: a tie moves best to the later index
    }
    return best;
}

pub fn relu(xs: [4]f32) [4]f32 {
    var out = xs;
    for (0..out.len) |i| {
        if (out[i] < 0) out[i] = 0;
    }
    return out;
}

pub fn dot(a: [4]f32, b: [4]f32) f32 {
    var sum: f32 = 0;
    for (a, b) |x, y| sum += x * y;
    return sum;
}

pub fn runningTotal(xs: [4]f32) [4]f32 {
    var out: [4]f32 = undefined;
    var sum: f32 = 0;
    for (xs, 0..) |x, i| {
        sum += x;
        out[i] = sum;
    }
    return out;
}
