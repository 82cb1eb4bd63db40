"""What can go wrong putting a paper on a printer or into a folder. Raised by the print path (ui/paper.py),
worded by the one describer both front ends use (present/errors.py), so it lives here, with no Qt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PrintFailed(Exception):
    problem: str  # no_printer | printer_missing | printer_error | folder_error
    detail: str = ""
