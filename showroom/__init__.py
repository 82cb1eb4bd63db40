"""Showroom core: domain rules and use-case services. No Qt, no HTTP."""

__version__ = "0.1.0"
