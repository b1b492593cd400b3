"""Every page and dialog on a 1366 × 768 laptop, in Danish and English: a screenshot of each, and every button
inside the screen.

Run by `test_laptop_screens.py` in a process of its own, because the screen is chosen when Qt starts:
`QT_QPA_PLATFORM=offscreen:configfile=tests/screens/laptop-1366x768.json` (the available area under a task
bar) and, for 125 %, `QT_SCALE_FACTOR=1.25`. Writes the PNGs to `OUT/<language>/NN-name.png` and
`OUT/problems.json` (empty when everything fits); exits 1 if something does not fit.

    python -m tests.gui.laptop_walk OUT
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QMessageBox,
    QTabBar,
    QWidget,
    QWizard,
)

from klimamoeder.gui.screen_fit import outer_rect


@dataclass
class Walk:
    out: Path
    language: str = "en"
    number: int = 0
    problems: list[str] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)

    def settle(self, rounds: int = 30) -> None:
        """Let background loads finish and layouts settle (the pages load when shown)."""
        from PySide6.QtCore import QThreadPool

        for _ in range(rounds):
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(50)
        QApplication.processEvents()

    def check(self, window: QWidget, name: str) -> None:
        """Screenshot the window and check that it, and every button in it, lies inside the screen."""
        self.settle()
        self.number += 1
        folder = self.out / self.language
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.number:02d}-{name}.png"
        window.grab().save(str(path))
        self.shots.append(str(path))
        screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        frame = outer_rect(window)  # offscreen draws no frame: a title bar and borders as on Windows count
        where = f"{self.language} {name}"
        if not screen.contains(frame):
            self.problems.append(f"{where}: the window ({frame.width()}×{frame.height()} at {frame.x()},"
                                 f"{frame.y()}) does not fit the screen ({screen.width()}×{screen.height()})")
        inside = window.rect()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisibleTo(window) or _in_scroll_area(button, window) or \
                    isinstance(button.parentWidget(), QTabBar):  # a tab bar's own scroll arrows
                continue
            rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            if not inside.contains(rect):
                self.problems.append(f"{where}: button {button.text()!r} ({rect.x()},{rect.y()} "
                                     f"{rect.width()}×{rect.height()}) lies outside the window "
                                     f"({inside.width()}×{inside.height()})")
            elif rect.width() < button.minimumSizeHint().width() - 2:
                self.problems.append(f"{where}: button {button.text()!r} is squeezed to {rect.width()} px "
                                     f"(needs {button.minimumSizeHint().width()})")


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@contextmanager
def shown(widget: QWidget) -> Iterator[QWidget]:
    widget.show()
    widget.activateWindow()
    QTest.qWaitForWindowExposed(widget, 5000)
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()


def walk_language(walk: Walk, db: object, csv: Path) -> None:
    from klimamoeder.gui.agenda_item_dialog import AgendaItemDialog
    from klimamoeder.gui.b2b_send import B2BInvitesDialog
    from klimamoeder.gui.b2b_window import B2BDialog
    from klimamoeder.gui.checkin_view import CheckInDialog
    from klimamoeder.gui.copy_meeting_dialog import CopyMeetingDialog
    from klimamoeder.gui.follow_up_dialog import FollowUpDialog
    from klimamoeder.gui.import_wizard import ImportParticipantsWizard
    from klimamoeder.gui.invites_dialog import SendInvitesDialog
    from klimamoeder.gui.mail_settings import MailSettingsDialog
    from klimamoeder.gui.main_window import MainWindow
    from klimamoeder.gui.network_dialog import NetworksDialog
    from klimamoeder.gui.new_meeting_dialog import NewMeetingDialog
    from klimamoeder.gui.people_page import MergeDialog, PeopleDialog
    from klimamoeder.gui.person_dialog import OrganisationDialog, PersonDialog
    from klimamoeder.gui.print_preview import PrintDialog
    from klimamoeder.gui.privacy_dialog import PrivacyDialog
    from klimamoeder.gui.registration_dialogs import ExportDialog, MeetingPickerDialog, PersonPickerDialog
    from klimamoeder.gui.replies import ReplyReviewDialog
    from klimamoeder.services import agenda, meetings, people

    found = {m.title[:4]: m.id for m in meetings.list_meetings(db)}  # type: ignore[arg-type]
    wecp, upcoming = found["WECP"], next(m.id for m in meetings.list_meetings(db)  # type: ignore[arg-type]
                                         if m.start.year == 2027)
    window = MainWindow(db)  # type: ignore[arg-type]
    with shown(window):
        walk.check(window, "welcome")
        for meeting, tag in ((wecp, "wecp"), (upcoming, "kl")):
            window.select_meeting(meeting)
            page = window.page
            for tab, name in ((page.checklist, "checklist"), (page.form, "details"),
                              (page.registrations, "registrations"), (page.agenda, "agenda-timeline")):
                page.tabs.setCurrentWidget(tab)
                walk.check(window, f"{tag}-{name}")
            page.agenda.views.setCurrentWidget(page.agenda.list)
            walk.check(window, f"{tag}-agenda-list")
            page.agenda.views.setCurrentIndex(0)

        def about() -> None:
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            walk.check(box, "about")
            box.close()

        QTimer.singleShot(300, about)
        window.about()
        window.select_meeting(wecp)

        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("new-meeting", lambda: NewMeetingDialog(db, None, window)),  # type: ignore[arg-type]
            ("copy-meeting", lambda: CopyMeetingDialog(db, upcoming, window)),  # type: ignore[arg-type]
            ("check-in", lambda: CheckInDialog(db, wecp, window)),  # type: ignore[arg-type]
            ("check-in-kl", lambda: CheckInDialog(db, upcoming, window)),  # type: ignore[arg-type]
            ("people", lambda: PeopleDialog(db, window)),  # type: ignore[arg-type]
            ("networks", lambda: NetworksDialog(db, window)),  # type: ignore[arg-type]
            ("merge-people", lambda: MergeDialog(db, window)),  # type: ignore[arg-type]
            ("mail-settings", lambda: MailSettingsDialog(window)),
            ("b2b", lambda: B2BDialog(db, wecp, window)),  # type: ignore[arg-type]
            ("b2b-invitations", lambda: B2BInvitesDialog(db, wecp, window)),  # type: ignore[arg-type]
            ("reminders", lambda: FollowUpDialog(db, upcoming, "reminder", window)),  # type: ignore[arg-type]
            ("practical-information", lambda: FollowUpDialog(db, upcoming, "practical", window)),  # type: ignore[arg-type]
            ("reply-review", lambda: ReplyReviewDialog(db, window)),  # type: ignore[arg-type]
            ("export-registrations", lambda: ExportDialog(db, wecp, window)),  # type: ignore[arg-type]
            ("invite-people", lambda: PersonPickerDialog(db, window)),  # type: ignore[arg-type]
            ("invite-from-meeting", lambda: MeetingPickerDialog(db, wecp, window)),  # type: ignore[arg-type]
            ("organisation", lambda: OrganisationDialog(None, window)),
            ("person", lambda: PersonDialog(db, people.find_people(db, "Nowak")[0], window)),  # type: ignore[arg-type]
            ("personal-data", lambda: PrivacyDialog(db, window, "lucja.nowak@tyumen.example")),  # type: ignore[arg-type]
        ]
        for name, make in dialogs:
            with shown(make()) as dialog:
                walk.check(dialog, name)

        data = agenda.load_agenda(db, wecp)  # type: ignore[arg-type]
        item = agenda.item_input(data.items[8])
        with shown(AgendaItemDialog(db, data, agenda.person_choices(db), item, window)) as dialog:  # type: ignore[arg-type]
            walk.check(dialog, "agenda-item")

        with shown(SendInvitesDialog(db, upcoming, window)) as dialog:  # type: ignore[arg-type]
            walk.check(dialog, "invitations-recipients")
            dialog.tabs.setCurrentWidget(dialog.preview)  # type: ignore[attr-defined]
            walk.check(dialog, "invitations-preview")

        with shown(PrintDialog(db, wecp, parent=window)) as dialog:  # type: ignore[arg-type]
            for document in ("programme", "participants", "badges"):
                built: list[int] = []
                dialog.generated.connect(built.append)  # type: ignore[attr-defined]
                dialog.document_combo.setCurrentIndex(dialog.document_combo.findData(document))  # type: ignore[attr-defined]
                for _ in range(200):
                    if built:
                        break
                    walk.settle(5)
                QTest.qWait(400)  # the PDF view draws its pages in the background
                walk.check(dialog, f"print-{document}")

        wizard = ImportParticipantsWizard(db, upcoming, window)  # type: ignore[arg-type]
        with shown(wizard):
            walk.check(wizard, "import-1-file")
            wizard.file_page.load(str(csv))
            walk.settle(40)
            for name in ("import-2-preview", "import-3-columns", "import-4-check"):
                wizard.next()
                walk.settle(40)
                walk.check(wizard, name)
            wizard.next()
            walk.settle(40)
            walk.check(wizard, "import-5-done")
            wizard.button(QWizard.WizardButton.FinishButton).click()


def main(out: Path) -> int:
    from klimamoeder.gui.app import create_application, install_translations
    from klimamoeder.services import demo
    from klimamoeder.storage import open_database

    app = create_application([])
    folder = Path(tempfile.mkdtemp(prefix="klimamoeder-laptop-"))
    db = open_database(folder / "laptop.sqlite3")
    demo.load_demo(db)
    csv = folder / "tilmeldinger.csv"
    csv.write_bytes(("Navn;E-mail;Organisation;Titel;Kost\r\n"
                     "Jesper Rasmussen;jfr@esbjerg.example;Esbjerg Kommune;Borgmester;\r\n"
                     "Line Damgaard;line@vejle.example;Vejle Kommune;Klimakoordinator;Vegetar\r\n"
                     "Søren Ærø;soren@kk.example;Københavns Kommune;;\r\n").encode("cp1252"))
    walk = Walk(out)
    for language in ("en", "da"):
        shutil.rmtree(out / language, ignore_errors=True)  # no shot of an earlier run left behind
        install_translations(app, language)
        walk.language = language
        walk.number = 0
        walk_language(walk, db, csv)
    screen = QGuiApplication.primaryScreen()
    report = {"screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
              "scale": screen.devicePixelRatio(), "shots": walk.shots, "problems": walk.problems}
    out.mkdir(parents=True, exist_ok=True)
    (out / "problems.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    for problem in walk.problems:
        print(problem, file=sys.stderr)
    from klimamoeder.gui.tasks import stop_all

    stop_all()
    db.dispose()
    return 1 if walk.problems else 0


if __name__ == "__main__":
    os.environ.setdefault("KLIMAMOEDER_LANGUAGE", "en")
    sys.exit(main(Path(sys.argv[1])))
