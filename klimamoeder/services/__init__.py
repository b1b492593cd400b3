"""Use cases: plain Python, no Qt, one unit of work (transaction) each.

Every function takes the opened `Database` first and returns plain dataclasses, so
the GUI never holds live ORM objects that could lazy-load on its thread.
"""

from . import sequence as _sequence  # noqa: F401  (raises SEQUENCE on every significant change, any path)
