"""One selection = one SQLite file (.t10), through SQLAlchemy 2's typed ORM, versioned with Alembic."""
