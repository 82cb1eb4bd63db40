"""PySide6 front end: screens call services through the database lane; no SQL, no sessions here."""
