"""One signal that tells every open view what changed.

Operations emit `changed(kind, meeting_id)` after they commit: kind is one of
"meeting", "registrations", "agenda", "people", "networks", "all"; meeting_id is
the affected meeting or None. Views refresh only when the change concerns them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    changed = Signal(str, object)


events = Events()
