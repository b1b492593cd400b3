"""`klimamoeder --self-test`: prove a (frozen) build works, then exit 0.

Opens the window on the given database (loading the demo data if it is empty),
selects a meeting, builds its programme PDF and renders the first page through
QtPdf, as the print preview does.
"""

from __future__ import annotations

import sys

from ..services import demo, meetings
from .main_window import MainWindow


def run_self_test(window: MainWindow) -> int:
    try:
        if meetings.is_empty(window.db):
            demo.load_demo(window.db)
            window.refresh()
        first = meetings.list_meetings(window.db)[-1]
        if not window.select_meeting(first.id) or window.page.meeting_id != first.id:
            raise RuntimeError("could not select a meeting")
        from .print_preview import render_self_test_page

        image = render_self_test_page(window.db, first.id)
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the PDF preview rendered nothing")
    except Exception as error:  # a self-test reports, it does not crash
        print(f"self-test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(f"self-test passed: window, meeting {first.id}, PDF preview {image.width()}x{image.height()}")
    window.close()
    return 0
