// hide-start
const std = @import("std");
// hide-end
const EarlyStopping = struct {
    best_loss: f32,
    bad_epochs: u32,
    patience: u32,

    fn shouldStop(self: EarlyStopping, val_loss: f32) bool {
        if (val_loss < self.best_loss) {
            self.best_loss = val_loss;
            self.bad_epochs = 0;
        } else {
            self.bad_epochs += 1;
        }
        return self.bad_epochs >= self.patience;
    }
};

test "stops after two epochs without improvement" {
    var stopper = EarlyStopping{ .best_loss = 1e9, .bad_epochs = 0, .patience = 2 };
    try std.testing.expect(!stopper.shouldStop(0.9));
}
