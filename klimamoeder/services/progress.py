"""Progress and cancellation for long use cases: see `klimamoeder.progress` (kept outside this package, whose
import loads the database layer, so that the window's task runner can start before it)."""

from ..progress import Cancelled, Progress

__all__ = ["Cancelled", "Progress"]
