"""Networks: each network's logo and colour, as its printed documents show them.

The logo is chosen from a PNG, JPEG or SVG file; an SVG is drawn into a PNG here (Qt has
the SVG renderer; the services and the PDFs take pixels). The colour is picked with the
system's colour dialog. A small badge-like sample shows both together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import meetings, networks
from ..services.errors import DomainError
from ..storage import Database
from .tasks import show_error

SVG_PIXELS = 600


def svg_to_png(data: bytes, pixels: int = SVG_PIXELS) -> bytes:
    """An SVG drawn into a PNG `pixels` on its longer side (transparent background)."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise DomainError(QCoreApplication.translate("NetworksDialog", "The SVG file could not be read."))
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(pixels, pixels)
    size.scale(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class NetworksDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.network_id: int | None = None
        self.logo: bytes | None = None
        self.colour = ""
        self.setWindowTitle(self.tr("Networks"))
        self.list = QListWidget()
        for network in meetings.list_networks(db):
            item = QListWidgetItem(f"{network.short_name} – {network.name}")
            item.setData(Qt.ItemDataRole.UserRole, network.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._load)
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(220, 110)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid palette(mid); background: white;")
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.colour_button = QPushButton(self.tr("Choose &colour…"))
        self.colour_sample = QLabel()
        self.colour_sample.setFixedSize(60, 22)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(self._remove_logo)
        self.colour_button.clicked.connect(self.pick_colour)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_sample)
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Logo:"), self.logo_label)
        form.addRow("", logo_buttons)
        form.addRow(self.tr("Colour:"), colour_row)
        hint = QLabel(self.tr("The logo and colour appear on this network's badges, name cards and the first page of "
                              "its programmes and lists."))
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch()
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(760, 360)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _load(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        found = networks.identity(self.db, int(item.data(Qt.ItemDataRole.UserRole)))
        self.network_id, self.logo, self.colour = found.network_id, found.logo, found.colour
        self._show()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_label.setPixmap(pixmap.scaled(self.logo_label.size() - QSize(16, 16),
                                                    Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(self.logo))
        colour = QColor(self.colour) if self.colour else QColor(89, 89, 89)
        self.colour_sample.setStyleSheet(f"background: {colour.name()}; border: 1px solid palette(mid);")

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
            if path.suffix.lower() == ".svg":
                data = svg_to_png(data)
            self.logo = networks.clean_logo(data)
        except (OSError, DomainError) as error:
            show_error(self, self.tr("Choose logo"), error)
            return
        self._show()

    def _remove_logo(self) -> None:
        self.logo = None
        self._show()

    def pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour) if self.colour else QColor(31, 111, 139), self,
                                       self.tr("Choose colour"))
        if colour.isValid():
            self.colour = colour.name().upper()
            self._show()

    def save(self) -> None:
        if self.network_id is None:
            return
        try:
            networks.set_identity(self.db, self.network_id, self.logo, self.colour)
        except DomainError as error:
            show_error(self, self.tr("Networks"), error)

