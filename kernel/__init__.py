"""The shared kernel: what the counter and HQ both speak, and nothing else.

Code forms (kernel.codes), phone numbers (kernel.phone), the refusals both sides raise and the disk or
database faults they name (kernel.refusals, kernel.storage_faults), command lines that take options
anywhere (kernel.command_line) and the event declarations (kernel.events). It imports nothing from the
app (showroom, db, ui, present, printing, cli, hq): both sides stand on it, an import-linter contract keeps it so.
"""
