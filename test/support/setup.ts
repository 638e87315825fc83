// Mocha root setup: UTC everywhere so date maths never depends on the machine.
process.env.TZ = "UTC";
