"""The mail account: how to sign in, the SMTP server that sends, the IMAP mailbox replies are read from.

Secrets (the password, a Google client secret, sign-in tokens) go to the key ring only.
Connection tests and sign-in run in the background; a server whose certificate is not
trusted shows its fingerprint, and the user may trust it after comparing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import mail_settings, mail_tls
from ..services.errors import DomainError
from ..services.mail_settings import GOOGLE, MICROSOFT365, PASSWORD, PRESETS, MailSettings, Server
from .tasks import Task, error_text, run_task

_PORTS = {("smtp", "ssl"): 465, ("smtp", "starttls"): 587, ("imap", "ssl"): 993, ("imap", "starttls"): 143}


class ServerFields:
    """Host, port and encryption of one server, as three widgets of a form."""

    def __init__(self, dialog: MailSettingsDialog, what: str, server: Server) -> None:
        self.what = what
        self.host = QLineEdit(server.host)
        self.host.setMinimumWidth(220)  # room for outlook.office365.com
        self.host.setPlaceholderText("smtp.office365.com" if what == "smtp" else "outlook.office365.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port)
        self.security = QComboBox()
        self.security.addItem(dialog.tr("SSL/TLS"), "ssl")
        self.security.addItem(dialog.tr("STARTTLS"), "starttls")
        self.security.addItem(dialog.tr("None (only a server on this computer)"), "none")
        self.security.setCurrentIndex(max(0, self.security.findData(server.security)))
        self.security.currentIndexChanged.connect(self._suggest_port)

    def _suggest_port(self) -> None:
        if self.port.value() in _PORTS.values() and (self.what, self.security.currentData()) in _PORTS:
            self.port.setValue(_PORTS[(self.what, self.security.currentData())])

    def server(self) -> Server:
        return Server(self.host.text().strip(), self.port.value(), str(self.security.currentData()))

    def set(self, server: Server) -> None:
        self.host.setText(server.host)
        self.security.setCurrentIndex(max(0, self.security.findData(server.security)))
        self.port.setValue(server.port)

    def row(self) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.host, 3)
        line.addWidget(self.port, 1)
        line.addWidget(self.security, 2)
        return box


class MailSettingsDialog(QDialog):
    """Edits `mail_settings.MailSettings`; an empty password field keeps the stored password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail account"))
        self.task: Task | None = None
        self.untrusted: mail_tls.PresentedCertificate | None = None
        self.untrusted_server: Server | None = None
        config = mail_settings.load()
        self.trusted = dict(config.trusted_certificates)
        self.extra = config  # fields without widgets (authority, timeout) are kept as they are

        self.auth = QComboBox()
        self.auth.addItem(self.tr("Password"), PASSWORD)
        self.auth.addItem(self.tr("Microsoft 365 (sign in with your organisation)"), MICROSOFT365)
        self.auth.addItem(self.tr("Google Workspace"), GOOGLE)
        self.auth.setCurrentIndex(max(0, self.auth.findData(config.auth)))
        self.username = QLineEdit(config.username)
        self.username.setMinimumWidth(320)
        self.username.setPlaceholderText("sekretariat@kl.dk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("stored in the key ring – leave empty to keep it") if config.username else "")
        self.client_id = QLineEdit(config.client_id)
        self.client_id.setPlaceholderText(self.tr("from your IT department's app registration"))
        self.tenant = QLineEdit(config.tenant)
        self.client_secret = QLineEdit()
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("stored in the key ring – leave empty to keep it"))
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.device_button = QPushButton(self.tr("Sign in with a code…"))
        self.signed_in = QLabel()
        self.signed_in.setWordWrap(True)
        self.signed_in.setTextFormat(Qt.TextFormat.PlainText)
        sign_in_row = QWidget()
        sign_in_line = QHBoxLayout(sign_in_row)
        sign_in_line.setContentsMargins(0, 0, 0, 0)
        sign_in_line.addWidget(self.sign_in_button)
        sign_in_line.addWidget(self.device_button)
        sign_in_line.addStretch(1)

        self.account_form = QFormLayout()
        self.account_form.addRow(self.tr("Sign in with:"), self.auth)
        self.account_form.addRow(self.tr("Mailbox address:"), self.username)
        self.account_form.addRow(self.tr("Password:"), self.password)
        self.account_form.addRow(self.tr("Application (client) id:"), self.client_id)
        self.account_form.addRow(self.tr("Directory (tenant):"), self.tenant)
        self.account_form.addRow(self.tr("Client secret:"), self.client_secret)
        self.account_form.addRow("", sign_in_row)
        self.account_form.addRow("", self.signed_in)
        account = QGroupBox(self.tr("Account"))
        account.setLayout(self.account_form)

        self.smtp = ServerFields(self, "smtp", config.smtp)
        self.imap = ServerFields(self, "imap", config.imap)
        sending = QGroupBox(self.tr("Sending invitations (SMTP)"))
        sending_form = QFormLayout(sending)
        sending_form.addRow(self.tr("Server:"), self.smtp.row())

        self.fetch_minutes = QSpinBox()
        self.fetch_minutes.setRange(0, 24 * 60)
        self.fetch_minutes.setValue(config.fetch_minutes)
        self.fetch_minutes.setSuffix(self.tr(" min"))
        self.fetch_minutes.setSpecialValueText(self.tr("only when asked"))
        self.after_reading = QComboBox()
        self.after_reading.addItem(self.tr("Leave them as they are"), "leave")
        self.after_reading.addItem(self.tr("Flag them"), "flag")
        self.after_reading.addItem(self.tr("Move them to the folder below"), "move")
        self.after_reading.setCurrentIndex(max(0, self.after_reading.findData(config.after_reading)))
        self.processed_folder = QLineEdit(config.processed_folder)
        self.processed_folder.setPlaceholderText(self.tr("e.g. Klimamøder/Read"))
        receiving = QGroupBox(self.tr("Reading replies (IMAP)"))
        receiving_form = QFormLayout(receiving)
        receiving_form.addRow(self.tr("Server:"), self.imap.row())
        every = QWidget()
        every_line = QHBoxLayout(every)
        every_line.setContentsMargins(0, 0, 0, 0)
        every_line.addWidget(self.fetch_minutes)
        every_line.addStretch(1)
        receiving_form.addRow(self.tr("Read every:"), every)
        receiving_form.addRow(self.tr("Processed messages:"), self.after_reading)
        receiving_form.addRow(self.tr("Folder:"), self.processed_folder)
        note = QLabel(self.tr("Replies are read from the inbox and from Deleted Items. Mail is never deleted."))
        note.setWordWrap(True)
        receiving_form.addRow(note)

        hint = QLabel(self.tr("Passwords and sign-in tokens are kept in your system's key ring, never in a file."))
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Trust this certificate"))
        self.test_button = QPushButton(self.tr("Test connection"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.trust_button.hide()  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a long message
        for widget in (account, sending, receiving, hint, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.after_reading.currentIndexChanged.connect(self._update_visibility)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.device_button.clicked.connect(self.sign_in_with_code)
        self.test_button.clicked.connect(self.test_connection)
        self.trust_button.clicked.connect(self.trust_certificate)
        self._update_visibility()
        self._show_signed_in()

    # --- what the form says -----------------------------------------------------------------
    def settings(self) -> MailSettings:
        return replace(
            self.extra, smtp=self.smtp.server(), imap=self.imap.server(), username=self.username.text().strip(),
            auth=str(self.auth.currentData()), client_id=self.client_id.text().strip(),
            tenant=self.tenant.text().strip() or "organizations", fetch_minutes=self.fetch_minutes.value(),
            after_reading=str(self.after_reading.currentData()),
            processed_folder=self.processed_folder.text().strip(), trusted_certificates=dict(self.trusted))

    def _password(self) -> str | None:
        return self.password.text() or None

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.account_form.setRowVisible(field, visible)

    def _update_visibility(self) -> None:
        auth = self.auth.currentData()
        self._set_row_visible(self.password, auth == PASSWORD)
        self._set_row_visible(self.client_id, auth != PASSWORD)
        self._set_row_visible(self.tenant, auth == MICROSOFT365)
        self._set_row_visible(self.client_secret, auth == GOOGLE)
        self._set_row_visible(self.signed_in, auth != PASSWORD)
        self.sign_in_button.setVisible(auth != PASSWORD)
        self.device_button.setVisible(auth == MICROSOFT365)
        self.processed_folder.setEnabled(self.after_reading.currentData() == "move")

    def _auth_changed(self) -> None:
        auth = self.auth.currentData()
        presets = {server for pair in PRESETS.values() for server in pair}
        if auth in PRESETS:
            smtp, imap = PRESETS[auth]
            for fields, preset in ((self.smtp, smtp), (self.imap, imap)):
                current = fields.server()
                if not current.host or (current.host, current.port, current.security) in presets:
                    fields.set(Server(*preset))
        self._update_visibility()
        self._show_signed_in()

    def _show_signed_in(self) -> None:
        from ..services.oauth import provider_for

        config = self.settings()
        if not config.uses_oauth:
            self.signed_in.setText("")
            return
        try:
            who = provider_for(config).signed_in_as() if config.username and config.client_id else None  # type: ignore[union-attr]
        except DomainError:
            who = None
        self.signed_in.setText(self.tr("Signed in as {user}.").format(user=who) if who
                               else self.tr("Not signed in yet."))

    # --- background actions -------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.trust_button.hide()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, mail_tls.CertificateNotTrusted):
            self._offer_trust(error)
            return
        self.message.setText(error_text(error))

    def _offer_trust(self, error: mail_tls.CertificateNotTrusted) -> None:
        server = error.server
        protocol = "smtp" if server == self.smtp.server() else "imap"
        self.message.setText(str(error))

        def show(shown: mail_tls.PresentedCertificate) -> None:
            self.untrusted, self.untrusted_server = shown, server
            self.message.setText(self.tr(
                "{error}\n\nCertificate of {server}:\nSubject: {subject}\nIssuer: {issuer}\nSHA-256: {fingerprint}"
            ).format(error=str(error), server=server.address, subject=shown.subject, issuer=shown.issuer,
                     fingerprint=shown.sha256))
            self.trust_button.show()

        self.task = run_task(self, self.tr("Reading the certificate"),
                             lambda _p: mail_tls.presented_certificate(server, protocol), on_success=show,
                             on_error=lambda e: self.message.setText(error_text(e)), show_dialog=False)

    def trust_certificate(self) -> None:
        if self.untrusted is None or self.untrusted_server is None:
            return
        self.trusted[self.untrusted_server.address] = self.untrusted.pem
        self.trust_button.hide()
        self.message.setText(self.tr("The certificate of {server} is trusted once you save. Test again.").format(
            server=self.untrusted_server.address))
        self.untrusted = None

    def test_connection(self) -> None:
        from ..services import mailbox, mailer

        config, password = self.settings(), self._password()
        sending, reading, nothing = (self.tr("Sending works."), self.tr("Reading works (folders: {folders})."),
                                     self.tr("Enter a server first."))

        def work(_progress: object) -> str:  # on a worker thread: no widgets here
            done = []
            if config.smtp.host:
                mailer.check_connection(config, password)
                done.append(sending)
            if config.imap.host:
                done.append(reading.format(folders=", ".join(mailbox.check_connection(config, password))))
            if not done:
                raise DomainError(nothing)
            return " ".join(done)

        self._busy(self.tr("Connecting…"))
        self.task = run_task(self, self.tr("Testing the connection"), work, on_success=self.message.setText,
                             on_error=self._failed, show_dialog=False)

    def _provider(self):  # type: ignore[no-untyped-def]
        from ..services.oauth import provider_for

        config = self.settings()
        mail_settings.validate(config, need_smtp=False)
        if config.auth == GOOGLE and self.client_secret.text():
            mail_settings.store_secret("google-client-secret", config.client_id, self.client_secret.text())
        return provider_for(config)

    def sign_in(self) -> None:
        try:
            provider = self._provider()
        except DomainError as error:
            self.message.setText(error.message)
            return
        self._busy(self.tr("Your browser opens the sign-in page. Come back here when you are done."))
        self.task = run_task(self, self.tr("Signing in"), lambda _p: provider.sign_in_interactive(),
                             on_success=self._signed_in, on_error=self._failed, show_dialog=False)

    def sign_in_with_code(self) -> None:
        try:
            provider = self._provider()
        except DomainError as error:
            self.message.setText(error.message)
            return

        def started(device: object) -> None:
            self.message.setText(device.message)  # type: ignore[attr-defined]
            self.task = run_task(self, self.tr("Signing in"), lambda p: provider.finish_device_sign_in(
                device, stop=lambda: p.cancelled), on_success=self._signed_in, on_error=self._failed,
                show_dialog=False)

        self._busy(self.tr("Asking for a sign-in code…"))
        self.task = run_task(self, self.tr("Signing in"), lambda _p: provider.start_device_sign_in(),
                             on_success=started, on_error=self._failed, show_dialog=False)

    def _signed_in(self, who: str) -> None:
        self.signed_in.setText(self.tr("Signed in as {user}.").format(user=who))
        self.message.setText(self.tr("Signed in. Save to keep these settings."))

    def accept(self) -> None:
        config = self.settings()
        try:
            mail_settings.save(config, self._password() if config.auth == PASSWORD else None)
            if config.auth == GOOGLE and self.client_secret.text():
                mail_settings.store_secret("google-client-secret", config.client_id, self.client_secret.text())
        except DomainError as error:
            self.message.setText(error.message)
            return
        super().accept()

    def reject(self) -> None:
        if self.task is not None:
            self.task.progress.cancel()
        super().reject()
