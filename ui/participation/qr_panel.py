"""The join QR code and its URL: small in the participation dock, large on the projector.

The symbol comes from ``segno`` (pure Python, no dependencies); its matrix is drawn here, one square
per module, with the quiet zone the standard asks for (4 modules of white around the symbol), at a
whole number of pixels per module so that every edge stays sharp and a phone reads it from the back
of the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.plain_text import PlainLabel

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
SMALLEST_PX = 2  # pixels a module, at the least (a phone still reads it up close)
DARK, LIGHT = QColor("#000000"), QColor("#ffffff")


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, row by row (True: dark), without the quiet zone.
    Error correction M: a projector's glare and a phone's angle cost a few modules."""
    import segno  # not needed for the first paint

    code = segno.make(text, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]


def qr_image(matrix: list[list[bool]], module_px: int, quiet: int = QUIET_ZONE) -> QImage:
    """``matrix`` drawn at ``module_px`` pixels a module, quiet zone included: a crisp black-on-white image."""
    size = (len(matrix) + 2 * quiet) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + quiet) * module_px, (y + quiet) * module_px, module_px, module_px, DARK)
    painter.end()
    return image


class QrCode(QWidget):
    """A QR code as large as the widget allows, at a whole number of pixels a module, centred."""

    def __init__(self, preferred_px: int = 3, parent: QWidget | None = None) -> None:
        """``preferred_px``: pixels a module, as asked in its size hint (it draws smaller when squeezed)."""
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.text = ""
        self.preferred_px = preferred_px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code to join"))

    def set_text(self, text: str) -> None:
        """Show the code of ``text`` (nothing when empty)."""
        if text != self.text:
            self.text = text
            self.matrix = qr_matrix(text) if text else []
            self.updateGeometry()
            self.update()

    @property
    def modules(self) -> int:
        """Modules on a side, quiet zone included (0 without a code)."""
        return len(self.matrix) + 2 * QUIET_ZONE if self.matrix else 0

    def module_px(self) -> int:
        """Whole pixels a module, at the widget's current size."""
        if not self.modules:
            return 0
        return max(1, min(self.width(), self.height()) // self.modules)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        side = self.modules * SMALLEST_PX
        return QSize(side, side)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        side = self.modules * self.preferred_px
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width

    def code_rect(self) -> QRect:
        """Where the code (quiet zone included) is drawn."""
        side = self.module_px() * self.modules
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.matrix:
            return
        painter = QPainter(self)
        painter.drawImage(self.code_rect().topLeft(), qr_image(self.matrix, self.module_px()))
        painter.end()


class QrPanel(QFrame):
    """The QR code with the URL under it (selectable). ``large``: for the projector, readable from afar."""

    def __init__(self, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrPanel")
        self.large = large
        self.code = QrCode(preferred_px=10 if large else 3)
        self.title = PlainLabel(self.tr("Join from your phone") if large else "")
        self.url = PlainLabel()
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setWordWrap(True)
        self.path = PlainLabel()  # large: the URL's path (the token) on a line of its own, smaller
        self.path.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setVisible(large)
        self.path.setVisible(large)
        for label, pixels in ((self.title, 30 if large else 13), (self.url, 28 if large else 13),
                              (self.path, 15 if large else 13)):
            font = QFont(label.font())
            font.setPixelSize(pixels)
            font.setBold(large)
            label.setFont(font)
        layout = QVBoxLayout(self)
        margin = 20 if large else 4
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.title)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.url)
        layout.addWidget(self.path)
        if large:
            self.setStyleSheet("#qrPanel { background: #ffffff; border: 2px solid #263238; border-radius: 12px; }"
                               " QLabel { color: #263238; }")
        self.set_url("")

    def set_url(self, url: str) -> None:
        """Show the code and the URL of ``url``; nothing when empty."""
        self.code.set_text(url)
        self.url.setAccessibleName(url)
        if not self.large:
            self.url.setText(url)
            return
        origin, slash, path = url.partition("/j/")  # the address read aloud, then the token, small
        self.url.setText(origin.removeprefix("http://"))
        self.path.setText(slash + path if slash else "")
        self.adjustSize()
