"""Sync with HQ (no Qt): push the outbox, pull the change log. See DESIGN.md, "Sync with HQ"."""
