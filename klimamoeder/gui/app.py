"""Start the window: QApplication, translations, the main window, then the database.

Window first: the main window frame is shown before SQLAlchemy, the services and the
database are loaded; the database is opened off the GUI thread in the first turn of the
event loop while the window says "Opening the database…" (a migration with its backup
may take a while). The translators are installed first, so even a start-up error is
shown in the user's language. Nothing here imports the database layer at module level.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_ID, APP_NAME, __version__, i18n, settings
from ..paths import resources_dir

_translators: list[QTranslator] = []


class StretchTranslator(QTranslator):
    """Pseudo-translation that makes every string ~40 % longer (KLIMAMOEDER_STRETCH=1).

    Danish is often longer than English; layouts are checked against this.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or source.startswith("<"):
            return source
        return f"{source} {'·' * max(2, len(source) * 2 // 5)}"


def ui_language() -> str:
    """'da' or 'en': the setting, else KLIMAMOEDER_LANGUAGE, else the system locale."""
    chosen = settings.get("language") or os.environ.get("KLIMAMOEDER_LANGUAGE")
    if chosen in ("da", "en"):
        return str(chosen)
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install_translations(app: QCoreApplication, language: str) -> None:
    """Load our catalogue and Qt's own (standard buttons, dialogs) for `language`."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark if language == "da" else QLocale.Country.UnitedKingdom))
    if language == "da":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / "klimamoeder_da.qm")):
            _translators.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt)
    if os.environ.get("KLIMAMOEDER_STRETCH"):
        _translators.append(StretchTranslator(app))
    for translator in _translators:
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)


def app_icon() -> QIcon:
    # The PNG, not the SVG: drawing the SVG at start loads the SVG module and image plug-in first.
    return QIcon(str(resources_dir() / "icons" / "klimamoeder-256.png"))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    style_sheet = resources_dir() / "style.qss"
    if style_sheet.exists():
        app.setStyleSheet(style_sheet.read_text(encoding="utf-8"))
    install_translations(app, ui_language())
    # The GUI thread waits at most 1 ms (not Python's 5 ms) for the GIL when a background load holds it: with a
    # 100,000-row load running, 5 ms turns per waiting step added up to 40–70 ms freezes; 1 ms keeps them < 50 ms.
    sys.setswitchinterval(0.001)
    from . import screen_fit

    screen_fit.install(app)  # every dialog fits the screen it opens on (a 1366 × 768 laptop included)
    from . import collector

    collector.install(app)  # cyclic garbage is collected on this thread only: no Qt object dies in a worker
    return app


def configure_logging() -> None:
    import logging

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def run_gui(database: str | None, *, self_test: bool = False) -> int:
    app = create_application()
    from .errors import install_excepthook

    install_excepthook()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()

    def failed(error: BaseException) -> None:  # shown as words, never as a traceback
        from .tasks import error_text

        QMessageBox.critical(window, APP_NAME, error_text(error))
        window.close()
        app.exit(1)

    if self_test:
        from .self_test import run_self_test

        window.ready.connect(lambda: QTimer.singleShot(0, lambda: app.exit(run_self_test(window))))
    def open_database() -> None:
        configure_logging()
        window.open_database_later(database, failed)

    # After the first frame: a timer started now would fire before the window is exposed, and the opening
    # (a thread importing SQLAlchemy) would compete with the first paint.
    window.after_first_frame(open_database)
    code = app.exec()
    if window.db is not None:
        window.db.dispose()
    return int(code)
