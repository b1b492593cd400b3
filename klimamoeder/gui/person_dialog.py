"""Add or edit one person: name, e-mail addresses, organisation, phone, language, consent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import ConsentSource, Language
from ..services import people
from ..services.errors import DomainError
from ..services.names import guess_family_name
from ..services.people import PersonInput, PersonSummary
from ..storage import Database


class PersonDialog(QDialog):
    def __init__(self, db: Database, person: PersonSummary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        fields = person.fields if person else PersonInput(name="")
        self.name = QLineEdit(fields.name)
        self.family_name = QLineEdit(fields.family_name if fields.family_name != guess_family_name(fields.name)
                                     else "")
        self.family_name.setToolTip(self.tr("Lists, sign-in sheets and badges are sorted by this. Left empty, it is "
                                            "guessed from the name (shown greyed)."))
        self.name.textChanged.connect(lambda text: self.family_name.setPlaceholderText(guess_family_name(text)))
        self.family_name.setPlaceholderText(guess_family_name(fields.name))
        self.email = QLineEdit(fields.email)
        self.other_emails = QLineEdit(", ".join(fields.other_emails))
        self.other_emails.setPlaceholderText(self.tr("further addresses, separated by commas"))
        self.job_title = QLineEdit(fields.job_title)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(none)"), None)
        for org in people.list_organisations(db):
            self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(fields.organisation_id)))
        self.phone = QLineEdit(fields.phone)
        self.language = QComboBox()
        self.language.addItem(self.tr("Danish"), Language.DANISH)
        self.language.addItem(self.tr("English"), Language.ENGLISH)
        self.language.setCurrentIndex(max(0, self.language.findData(fields.language)))
        self.consent_list = QCheckBox(self.tr("May appear on the participant list given to others"))
        self.consent_list.setChecked(fields.consent_shared_list)
        self.consent_photos = QCheckBox(self.tr("May appear in photos"))
        self.consent_photos.setChecked(fields.consent_photos)
        self.consent_newsletter = QCheckBox(self.tr("Receives the network's newsletter"))
        self.consent_newsletter.setChecked(fields.consent_newsletter)
        self.consent_source = QComboBox()
        for source, text in ((ConsentSource.FORM, self.tr("registration form")),
                             (ConsentSource.EMAIL, self.tr("e-mail")), (ConsentSource.PHONE, self.tr("phone")),
                             (ConsentSource.IN_PERSON, self.tr("in person"))):
            self.consent_source.addItem(text, source)
        self.consent_source.setToolTip(self.tr("Recorded with the date for each consent given or withdrawn here."))
        self.notes = QPlainTextEdit(fields.notes)
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a11;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Family name (sorted by):"), self.family_name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Other addresses:"), self.other_emails)
        form.addRow(self.tr("&Job title:"), self.job_title)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.consent_list)
        form.addRow("", self.consent_photos)
        form.addRow("", self.consent_newsletter)
        form.addRow(self.tr("Consent &given or withdrawn by:"), self.consent_source)
        form.addRow(self.tr("No&tes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def value(self) -> PersonInput:
        return PersonInput(
            name=self.name.text(), email=self.email.text(), family_name=self.family_name.text().strip(),
            other_emails=tuple(a.strip() for a in self.other_emails.text().split(",") if a.strip()),
            job_title=self.job_title.text(), organisation_id=self.organisation.currentData(),
            phone=self.phone.text(), language=self.language.currentData(),
            consent_shared_list=self.consent_list.isChecked(), consent_photos=self.consent_photos.isChecked(),
            notes=self.notes.toPlainText(), consent_newsletter=self.consent_newsletter.isChecked(),
            consent_source=self.consent_source.currentData())

    def accept(self) -> None:
        """Checked here first, so a typo keeps the dialog open with the reason shown."""
        try:
            people.validate_person(self.value())
        except DomainError as error:
            self.error.setText(error.message)
            return
        super().accept()


class OrganisationDialog(QDialog):
    """Add or edit an organisation: name, kind, city and country."""

    def __init__(self, organisation: people.OrganisationSummary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..model import OrganisationKind
        from .labels import label

        self.setWindowTitle(self.tr("Edit organisation") if organisation else self.tr("Add organisation"))
        self.name = QLineEdit(organisation.name if organisation else "")
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(label(kind), kind)
        if organisation:
            self.kind.setCurrentIndex(self.kind.findData(organisation.kind))
        self.city = QLineEdit(organisation.city if organisation else "")
        self.country = QLineEdit(organisation.country if organisation else "DK")
        self.country.setMaxLength(2)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("C&ountry (two letters):"), self.country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def value(self) -> people.OrganisationInput:
        return people.OrganisationInput(self.name.text(), self.kind.currentData(), self.city.text(),
                                        self.country.text())
