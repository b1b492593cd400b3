"""Errors a secretariat worker can act on, raised by services and shown as they are."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain was broken; the message says what and how to fix it."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input that cannot be saved as it is; `problems` lists every field at once."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("\n".join(message for _field, message in problems), field=problems[0][0])
        self.problems = problems


class NotFound(DomainError):
    pass


class StaleEdit(DomainError):
    """Someone else saved the same record first; reload and redo the change."""
