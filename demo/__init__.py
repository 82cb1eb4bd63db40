"""The demo showroom (长沙直播样品间): a catalogue, staff, streamers and weeks of history, seeded through the
real use cases. Outside the core: showroom/ never imports it (an import-linter contract); the app's
`--demo`, the benchmarks, the screenshots and the tests do. Start at `demo.seed.ensure_demo`."""
