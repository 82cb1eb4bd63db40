"""Domain rules: plain Python that a unit test can exercise with no database."""
