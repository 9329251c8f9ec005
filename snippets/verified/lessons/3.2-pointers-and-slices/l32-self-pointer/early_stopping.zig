// hide-start
const std = @import("std");
// hide-end
const EarlyStopping = struct {
    best_loss: f32,
    bad_epochs: u32,
    patience: u32,

    fn shouldStop(self: *EarlyStopping, val_loss: f32) bool {
        if (val_loss < self.best_loss) {
            self.best_loss = val_loss; // same as self.*.best_loss
            self.bad_epochs = 0;
        } else {
            self.bad_epochs += 1;
        }
        return self.bad_epochs >= self.patience;
    }

    fn bestLoss(self: *const EarlyStopping) f32 {
        return self.best_loss; // reads only: *const is enough
    }
};

test "stops after two epochs without improvement" {
    var stopper = EarlyStopping{ .best_loss = 1e9, .bad_epochs = 0, .patience = 2 };
    try std.testing.expect(!stopper.shouldStop(0.9));
    try std.testing.expect(!stopper.shouldStop(0.7));
    try std.testing.expect(!stopper.shouldStop(0.8)); // one bad epoch
    try std.testing.expect(stopper.shouldStop(0.75)); // two: stop
    try std.testing.expectEqual(@as(f32, 0.7), stopper.bestLoss());
}
