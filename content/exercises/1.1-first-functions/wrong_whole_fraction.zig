//! Exercise 1.1: First Functions (wrong: 9 / 5 grouped, divided as whole numbers).

/// The mean of three numbers, e.g. the losses of three runs.
pub fn meanOfThree(a: f64, b: f64, c: f64) f64 {
    return (a + b + c) / 3;
}

/// The share of correct predictions, as a percentage from 0 to 100.
pub fn accuracyPercent(correct: f64, total: f64) f64 {
    return correct / total * 100;
}

/// Degrees Celsius to degrees Fahrenheit (the lesson went the other way).
pub fn fahrenheitFromCelsius(celsius: f64) f64 {
    return celsius * (9 / 5) + 32;
}
