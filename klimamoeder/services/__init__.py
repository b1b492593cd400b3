"""Use cases: plain Python, no Qt, one unit of work (transaction) each.

Every function takes the opened `Database` first and returns plain dataclasses, so
the GUI never holds live ORM objects that could lazy-load on its thread.

The SEQUENCE rule (`services.sequence`, raised at every flush) and the change log (`services.audit`) are
registered by `storage.Database` when a database is opened, not here: importing a light module
(`services.errors`) must not load SQLAlchemy.
"""
