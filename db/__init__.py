"""Storage adapter: SQLAlchemy models, the engine with its pragmas, the unit of work, migrations."""
