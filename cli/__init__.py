"""Entry points: wire the core to its adapters (the Qt window, the command line)."""
