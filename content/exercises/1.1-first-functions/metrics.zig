//! Exercise 1.1: First Functions.
//!
//! Three small helpers a training script prints every epoch.
//! Replace each placeholder `return 0;` with the real computation.

/// The mean of three numbers, e.g. the losses of three runs.
pub fn meanOfThree(a: f64, b: f64, c: f64) f64 {
    // TODO: add the three values and divide by how many there are.
    _ = a;
    _ = b;
    _ = c;
    return 0;
}

/// The share of correct predictions, as a percentage from 0 to 100.
pub fn accuracyPercent(correct: f64, total: f64) f64 {
    // TODO: the fraction correct / total, scaled to a percentage.
    _ = correct;
    _ = total;
    return 0;
}

/// Degrees Celsius to degrees Fahrenheit (the lesson went the other way).
pub fn fahrenheitFromCelsius(celsius: f64) f64 {
    // TODO: multiply by 9/5, then add 32.
    _ = celsius;
    return 0;
}
