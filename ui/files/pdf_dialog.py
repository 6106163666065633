"""Fichier › Exporter en PDF…: which journeys, paper, layout and language, with a preview of
the pages (computed by the same page plan the export draws) and a progress bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.layout.colors import NOTE_COLORS
from cjm_desktop.model.domain import Journey, JourneyKind, ProjectState
from cjm_desktop.pdf.appendix.layout import AppendixPage
from cjm_desktop.pdf.cover import CoverPage
from cjm_desktop.pdf.export import plan_pages
from cjm_desktop.pdf.map.pages import MapPage
from cjm_desktop.pdf.map.tiles import AssemblyPage, TilePage
from cjm_desktop.pdf.page import MARGIN, PAPERS, Page, PdfOptions, paper_size
from ui.widgets.plain_text import PlainLabel

translate = QCoreApplication.translate
THUMB_HEIGHT = 92


@dataclass
class PdfChoice:
    """What the user chose in the dialog."""

    journeys: list[Journey]
    options: PdfOptions


class PdfDialog(QDialog):
    """The export options, with a live preview of the pages they give."""

    def __init__(self, state: ProjectState, current_journey_id: int | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("PdfDialog", "Export as PDF"))
        self.scope = QComboBox()
        self.scopes: list[list[Journey]] = []
        current = next((j for j in state.journeys if j.id == current_journey_id), None)
        self._add_scope(translate("PdfDialog", "All the journeys"), state.journeys)
        self._add_scope(translate("PdfDialog", "The current journeys"),
                        [j for j in state.journeys if j.kind is JourneyKind.CURRENT])
        self._add_scope(translate("PdfDialog", "The target journeys"),
                        [j for j in state.journeys if j.kind is JourneyKind.TARGET])
        if current is not None:
            self._add_scope(translate("PdfDialog", "This journey: « %1 »").replace("%1", current.name), [current])
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText("A3")
        self.fit = QComboBox()
        self.fit.addItem(translate("PdfDialog", "One page per journey, split if needed to stay legible"), "page")
        self.fit.addItem(translate("PdfDialog", "Poster in tiles to assemble, notes near full size"), "tile")
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if language == "en" else 0)
        self.cover = QCheckBox(translate("PdfDialog", "Cover page and table of contents"))
        self.cover.setChecked(PdfOptions().cover)
        form = QFormLayout()
        form.addRow(translate("PdfDialog", "Journeys"), self.scope)
        form.addRow(translate("PdfDialog", "Paper (landscape)"), self.paper)
        form.addRow(translate("PdfDialog", "Layout"), self.fit)
        form.addRow(translate("PdfDialog", "Language of the document"), self.language)
        form.addRow("", self.cover)
        self.preview = PagesPreview()
        self.summary = PlainLabel()  # its notices quote journey and persona names
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(translate("PdfDialog", "Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        for combo in (self.scope, self.paper, self.fit, self.language):
            combo.currentIndexChanged.connect(self.update_preview)
        self.cover.toggled.connect(self.update_preview)
        self.resize(760, 520)
        self.update_preview()

    def _add_scope(self, label: str, journeys: list[Journey]) -> None:
        if journeys:
            self.scope.addItem(label)
            self.scopes.append(journeys)

    def choice(self) -> PdfChoice:
        return PdfChoice(self.scopes[self.scope.currentIndex()],
                         PdfOptions(self.paper.currentText(), self.fit.currentData(), self.language.currentData(),
                                    cover=self.cover.isChecked()))

    def update_preview(self) -> None:
        from ui.files.problem_messages import describe  # shares the translated sentences

        choice = self.choice()
        pages, result = plan_pages(self.state, choice.journeys, choice.options)
        self.preview.show_pages(pages, paper_size(choice.options.paper))
        count = translate("PdfDialog", "%n page(s)", "", len(pages))
        self.summary.setText(" ".join([count + ".", *(describe(n) for n in result.notices)]))
        self.export_button.setEnabled(bool(pages))


class PagesPreview(QWidget):
    """Thumbnails of the pages: where each map (or tile) sits on its sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[Page] = []
        self.page_size = (1.0, 1.0)
        self.setMinimumHeight(THUMB_HEIGHT * 2 + 30)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, THUMB_HEIGHT * 2 + 30)

    def show_pages(self, pages: list[Page], page_size: tuple[float, float]) -> None:
        self.pages, self.page_size = pages, page_size
        self.update()

    def thumb_height(self) -> float:
        """The largest thumbnails with which every page fits (down to a minimum; then the first pages)."""
        ratio = self.page_size[0] / self.page_size[1]
        for height in range(300, THUMB_HEIGHT - 1, -8):
            columns = max(1, int((self.width() - 10) // (height * ratio + 12)))
            rows = max(1, int((self.height() - 10) // (height + 12)))
            if columns * rows >= len(self.pages):
                return height
        return THUMB_HEIGHT

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#eceff1"))
        height = self.thumb_height()
        width = height * self.page_size[0] / self.page_size[1]
        columns = max(1, int((self.width() - 10) // (width + 12)))
        rows = max(1, int((self.height() - 10) // (height + 12)))
        for index, page in enumerate(self.pages[: columns * rows]):
            x = 10 + (index % columns) * (width + 12)
            y = 10 + (index // columns) * (height + 12)
            sheet = page.sheet_size(self.page_size)
            upright = height * sheet[0] / sheet[1]  # an upright sheet is narrower, centred in its place
            self._paint_page(painter, page, QRectF(x + (width - upright) / 2, y, upright, height), index + 1)
        painter.end()

    def _paint_page(self, painter: QPainter, page: Page, sheet: QRectF, number: int) -> None:
        painter.fillRect(sheet.translated(2, 2), QColor("#b0bec5"))
        painter.fillRect(sheet, QColor("white"))
        k = sheet.width() / page.sheet_size(self.page_size)[0]
        if isinstance(page, MapPage):
            scale, where = page.placement(page.sheet_size(self.page_size))
            self._paint_map(painter, page, QRectF(sheet.x() + where.x * k, sheet.y() + where.y * k,
                                                  where.w * k, where.h * k))
            painter.fillRect(QRectF(sheet.x() + 6, sheet.y() + 5, sheet.width() * 0.4, 4), QColor("#455a64"))
        elif isinstance(page, TilePage):  # its part of the map, near natural size
            view, margin, unit = page.view, MARGIN * k, page.scale * k
            window = QRectF(sheet.x() + margin, sheet.y() + margin, view.w * unit, view.h * unit)
            painter.save()
            painter.setClipRect(window)
            self._paint_map(painter, page, QRectF(window.x() - view.x * unit, window.y() - view.y * unit,
                                                  page.plan.width * unit, page.plan.height * unit))
            painter.restore()
            self._label(painter, window, page.label)
        elif isinstance(page, AssemblyPage):  # the whole map, with the tiles over it
            right = max(v.right for v in page.views.values())
            bottom = max(v.bottom for v in page.views.values())
            scale = min((sheet.width() - 12) / right, (sheet.height() - 16) / bottom)
            origin = (sheet.x() + 6, sheet.y() + 10)
            self._paint_map(painter, page, QRectF(*origin, page.plan.width * scale, page.plan.height * scale))
            painter.setPen(QPen(QColor("#1e88e5"), 1))
            for view in page.views.values():
                painter.drawRect(QRectF(origin[0] + view.x * scale, origin[1] + view.y * scale, view.w * scale,
                                        view.h * scale))
        elif isinstance(page, CoverPage):  # the project's title, its sheet, the contents on the right
            painter.fillRect(QRectF(sheet.x() + 6, sheet.y() + 8, sheet.width() * 0.45, 6), QColor("#263238"))
            for line in range(min(6, len(page.sheet))):
                painter.fillRect(QRectF(sheet.x() + 6, sheet.y() + 20 + line * 6, sheet.width() * 0.35, 2),
                                 QColor("#90a4ae"))
            for line in range(min(12, len(page.contents))):
                painter.fillRect(QRectF(sheet.x() + sheet.width() * 0.58, sheet.y() + 8 + line * 5,
                                        sheet.width() * 0.36, 2), QColor("#b0bec5"))
        elif isinstance(page, AppendixPage):  # its title, and the block its table or cards fill
            box = page.content_box(self.page_size)
            painter.fillRect(QRectF(sheet.x() + 6, sheet.y() + 5, sheet.width() * 0.25, 4), QColor("#455a64"))
            painter.fillRect(QRectF(sheet.x() + box.x * k, sheet.y() + box.y * k, box.w * k, box.h * k),
                             QColor("#cfd8dc"))
        painter.setPen(QColor("#78909c"))
        painter.setFont(QFont(painter.font().family(), 7))
        painter.drawText(sheet.adjusted(0, 0, -4, -2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         str(number))

    def _label(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(QColor("#1e88e5"))
        painter.setFont(QFont(painter.font().family(), 14, QFont.Weight.Bold))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_map(self, painter: QPainter, page: MapPage | TilePage | AssemblyPage, area: QRectF) -> None:
        """The map's grid in miniature: header column, stage columns, channel rows, notes."""
        layout, plan = page.plan.layout, page.plan
        sx, sy = area.width() / max(plan.width, 1), area.height() / max(plan.height, 1)
        painter.setPen(Qt.PenStyle.NoPen)
        for note_id, rect in layout.notes.items():
            note = plan.notes[note_id]
            painter.fillRect(QRectF(area.x() + rect.x * sx, area.y() + rect.y * sy, rect.w * sx, rect.h * sy),
                             QColor(note.color or NOTE_COLORS[note.evaluation]))
        painter.setPen(QPen(QColor("#b0bec5"), 0.5))
        for rect in list(layout.columns.values()) + list(layout.rows.values()):
            painter.drawRect(QRectF(area.x() + rect.x * sx, area.y() + rect.y * sy, rect.w * sx, rect.h * sy))
