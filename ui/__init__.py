"""PySide6 front end: screens call services through the DB worker; no SQL, no sessions here."""
