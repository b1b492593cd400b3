"""Label sheets for badges: their exact geometry, as the manufacturers' templates give it.

Measurements are in millimetres from the sheet's top-left corner, the way label templates
are specified: the first label's corner (`left`, `top`), the distance from one label to the
next (`pitch_x`, `pitch_y`), the label's size. Printed at actual size (the print dialog
offers nothing else for badges), each badge lands on its label.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm


@dataclass(frozen=True)
class LabelStock:
    key: str
    title: str
    width: float  # mm
    height: float
    columns: int
    rows: int
    left: float  # the first label's left edge from the sheet's left edge, mm
    top: float  # the first label's top edge from the sheet's top edge, mm
    pitch_x: float
    pitch_y: float
    radius: float = 0.0  # rounded corners of a die-cut label, mm (drawn nowhere; documents the stock)
    cut_marks: bool = False  # plain paper cut by hand: marks outside the badges

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def size(self) -> tuple[float, float]:
        """The label's size in points."""
        return self.width * mm, self.height * mm

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner in points (PDF coordinates) of label `index` (0 = top left, row by row)."""
        column, row = index % self.columns, index // self.columns
        x = (self.left + column * self.pitch_x) * mm
        y_top = (self.top + row * self.pitch_y) * mm
        return x, A4[1] - y_top - self.height * mm


STOCKS: dict[str, LabelStock] = {stock.key: stock for stock in (
    LabelStock("klimamoeder-90x62", "Plain or pre-cut A4, 90 × 62 mm, 8 per sheet", 90, 62, 2, 4,
               15, 24.5, 90, 62, cut_marks=True),
    LabelStock("avery-l4785", "Avery L4785, 80 × 50 mm, 10 per sheet", 80, 50, 2, 5, 18, 13, 95, 55, radius=4),
    LabelStock("avery-l7418", "Avery L7418, 86 × 55 mm, 10 per sheet", 86, 55, 2, 5, 15, 11, 94, 55, radius=3),
    LabelStock("herma-4412", "Herma 4412, 80 × 50 mm, 10 per sheet", 80, 50, 2, 5, 18, 13, 95, 55, radius=4),
    LabelStock("herma-5028", "Herma 5028, 83.8 × 50.8 mm, 10 per sheet", 83.8, 50.8, 2, 5, 18.6, 22, 89.2, 50.8,
               radius=2),
    LabelStock("durable-1453", "Durable 1453, 90 × 54 mm inserts, 10 per sheet", 90, 54, 2, 5, 15, 13.5, 90, 54,
               cut_marks=True),
)}
DEFAULT_STOCK = "klimamoeder-90x62"
