"""Headquarters service (FastAPI) that showrooms sync with. Filled in by the sync work."""
