"""The process `bench_startup` starts: a bare PySide6 window, or Klimamøder as `klimamoeder --db DB` starts it.

    python -m bench.startup_child bare
    python -m bench.startup_child app DB [select [MEETING_ID ...]]

Prints `exposed <time.monotonic()>` when the first top-level window is exposed (the parent took
`time.monotonic()` just before starting the process: the same clock). Both kinds create the QApplication
first (Klimamøder's own start reuses an existing one), so both pay the same for it, and the same timer
that watches for the exposed window. With `select`, the child then waits until the meetings are listed, makes
the Registrations tab current and selects each meeting in turn, printing for each the worst GUI-thread gap
(freeze monitor) until its table is shown, the time until then, and the process's peak RSS.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])


class ExposeWatch(QObject):
    """Reports the moment the window's native surface is first exposed: an event filter on that one QWindow
    (installed right after `show()` creates it), so both kinds are timed at the same event, before either
    reacts to it. Not an application-wide filter: that would call into Python for every event of every widget,
    and so tax the window with many widgets more than the bare one; not a polling timer either: it may fire
    a loop turn late, after work the app itself starts on exposure.
    """

    def __init__(self, then: object) -> None:
        super().__init__()
        self.then = then
        self.done = False

    def watch(self, widget: QWidget) -> None:
        handle = widget.windowHandle()
        assert handle is not None, "show() creates the native window"
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) \
                and watched.isExposed():
            self.done = True
            print(f"exposed {time.monotonic():.6f} cpu={time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, self.then)  # type: ignore[arg-type]
        return False


def bare() -> None:
    from PySide6.QtWidgets import QMainWindow

    watch = ExposeWatch(lambda: os._exit(0))
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    watch.watch(window)
    app.exec()


def select_meetings(meeting_ids: list[int]) -> None:
    import resource

    from bench.common import FreezeMonitor, wait_for
    from klimamoeder.gui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    if getattr(window, "db", None) is None:  # the window opens its database after it is shown
        wait_for(window.ready)
    print(f"ready {time.monotonic():.6f}", flush=True)
    # The user clicks a moment later: let the window finish what it queued for its first idle turn.
    idle = QTimer()
    idle.setSingleShot(True)
    idle.start(0)
    wait_for(idle.timeout)
    monitor = FreezeMonitor()
    for meeting_id in meeting_ids:
        page = window.meeting_page() if hasattr(window, "meeting_page") else window.page
        page.tabs.setCurrentWidget(page.registrations)
        monitor.start()
        began = time.perf_counter()
        window.select_meeting(meeting_id)
        blocked = time.perf_counter() - began
        page = window.meeting_page() if hasattr(window, "meeting_page") else window.page
        if page.registrations.current is None or page.registrations.current.meeting_id != meeting_id:
            wait_for(page.registrations.loaded)
        shown = time.perf_counter() - began
        worst = monitor.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"selected {meeting_id} rows={page.registrations.model.total()} blocked={blocked:.6f} "
              f"worst_gap={max(worst, blocked):.6f} shown={shown:.6f} peak_rss_mb={rss:.1f}", flush=True)
    os._exit(0)


def klimamoeder(database: str, meeting_ids: list[int] | None) -> None:
    from PySide6.QtCore import QTimer

    def exposed() -> None:
        if meeting_ids is not None:
            QTimer.singleShot(0, lambda: select_meetings(meeting_ids))
        else:
            os._exit(0)

    watch = ExposeWatch(exposed)
    from klimamoeder.gui.main_window import MainWindow  # imported by `main()` anyway, before its window shows

    def show_and_watch(window: MainWindow) -> None:
        QWidget.show(window)
        watch.watch(window)

    MainWindow.show = show_and_watch  # type: ignore[method-assign]
    sys.argv = ["klimamoeder", "--db", database]
    from klimamoeder.__main__ import main

    main()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        klimamoeder(sys.argv[2], [int(m) for m in sys.argv[4:]] if len(sys.argv) > 3 else None)
