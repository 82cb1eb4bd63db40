"""The shared kernel: what the counter and HQ both speak, and nothing else.

Code forms (kernel.codes) and the event declarations (kernel.events). It imports nothing from the
app (showroom, db, ui, printing, cli, hq): both sides stand on it, an import-linter contract keeps it so.
"""
