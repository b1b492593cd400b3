"""Who may appear on a list that is handed to others: the one rule.

Every shared document (participant list, and anything later printed for participants)
filters people through `on_shared_lists`, and nothing else decides it. Today consent is
one flag on the person; the personal-data issue (#14) replaces this function's body with
consent per purpose, and every caller follows.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement

from ..model import Person


def on_shared_lists() -> ColumnElement[bool]:
    """The SQL condition on `Person` for "agreed to appear on lists given to other participants"."""
    return Person.consent_shared_list.is_(True)
