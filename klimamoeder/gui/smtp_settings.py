"""The SMTP server settings: host, port, encryption, user; the password goes to the key ring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import mailer
from ..services.errors import DomainError
from .tasks import Task, error_text, run_task


class SmtpSettingsDialog(QDialog):
    """Edits `mailer.SmtpSettings`; an empty password field keeps the stored password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail server (SMTP)"))
        self.task: Task | None = None
        config = mailer.load_settings()
        self.host = QLineEdit(config.host)
        self.host.setPlaceholderText("smtp.office365.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(config.port)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (port 465)"), "ssl")
        self.security.addItem(self.tr("None (only a server on this computer)"), "none")
        self.security.setCurrentIndex(max(0, self.security.findData(config.security)))
        self.security.currentIndexChanged.connect(self._suggest_port)
        self.username = QLineEdit(config.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("stored in the key ring – leave empty to keep it") if config.username else "")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Encryption:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        hint = QLabel(self.tr("The password is kept in your system's key ring, never in a file."))
        hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _suggest_port(self) -> None:
        defaults = {"starttls": 587, "ssl": 465}
        if self.port.value() in (25, 465, 587) and self.security.currentData() in defaults:
            self.port.setValue(defaults[self.security.currentData()])

    def settings(self) -> mailer.SmtpSettings:
        return mailer.SmtpSettings(host=self.host.text().strip(), port=self.port.value(),
                                   security=str(self.security.currentData()), username=self.username.text().strip())

    def _password(self) -> str | None:
        return self.password.text() or None

    def test_connection(self) -> None:
        config, password = self.settings(), self._password()
        self.message.setText(self.tr("Connecting…"))
        self.task = run_task(self, self.tr("Testing the connection"),
                             lambda _progress: mailer.check_connection(config, password),
                             on_success=lambda _r: self.message.setText(self.tr("The connection works.")),
                             on_error=lambda e: self.message.setText(error_text(e)), show_dialog=False)

    def accept(self) -> None:
        try:
            mailer.save_settings(self.settings(), self._password())
        except DomainError as error:
            self.message.setText(error.message)
            return
        super().accept()
