"""'Who is using CareerDesk?': pick or create a named profile, or continue as a guest whose
data is kept in memory only and is gone when CareerDesk closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerdesk.userdata import (
    A_GUEST,
    InvalidInput,
    Profile,
    UserData,
    UserDataError,
    check_profile_name,
)
from careerdesk.widgets.text_label import HeadingLabel, WrappedLabel

PROFILE_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfileChooser(QDialog):
    """Lists the profiles on this computer; ``chosen`` holds the answer after exec()."""

    def __init__(self, data: UserData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.chosen: Profile | None = None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.setWindowTitle(self.tr("Who is using CareerDesk?"))
        title = HeadingLabel(self.tr("<h2>Who is using CareerDesk?</h2>"))
        intro = WrappedLabel(self.tr("<p>Your bookmarks, notes and saved comparisons are kept "
                                     "under your name on this computer, apart from other "
                                     "people's. A guest's are never saved: they are gone when "
                                     "CareerDesk closes.</p>"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles on this computer"))
        for profile in data.profiles():
            item = QListWidgetItem(profile.name)
            item.setData(PROFILE_ROLE, profile.name)
            self.list.addItem(item)
        self.open_button = QPushButton(self.tr("&Continue as the selected person"))
        self.open_button.setEnabled(False)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("New profile name"))
        self.name.setPlaceholderText(self.tr("Your first name or a nickname"))
        self.name.setMaxLength(40)
        self.create_button = QPushButton(self.tr("Create &profile"))
        self.create_button.setEnabled(False)
        self.guest_button = QPushButton(self.tr("Continue as &guest"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.message.setWordWrap(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.name, 1)
        new_row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        if self.list.count():
            layout.addWidget(QLabel(self.tr("People with a profile here:")))
            layout.addWidget(self.list)
            layout.addWidget(self.open_button)
        else:
            self.list.hide()
        layout.addWidget(QLabel(self.tr("Or make a new profile:")))
        layout.addLayout(new_row)
        layout.addWidget(self.message)
        layout.addWidget(self.guest_button)
        self.list.currentItemChanged.connect(lambda item, _: self.open_button.setEnabled(
            item is not None))
        self.list.itemActivated.connect(lambda _: self._open_selected())
        self.open_button.clicked.connect(self._open_selected)
        self.name.textChanged.connect(self._check_name)
        self.name.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.guest_button.clicked.connect(self._guest)
        (self.list if self.list.count() else self.name).setFocus()

    def _check_name(self, text: str) -> None:
        try:
            check_profile_name(text)
        except InvalidInput as exc:
            self.create_button.setEnabled(False)
            self.message.setText(str(exc) if text.strip() else "")
            return
        self.create_button.setEnabled(True)
        self.message.clear()

    def _open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = self.data.find_profile(item.data(PROFILE_ROLE))
        if self.chosen is not None:
            self.accept()

    def _create(self) -> None:
        try:
            self.chosen = self.data.create_profile(self.name.text())
        except (InvalidInput, UserDataError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()

    def _guest(self) -> None:
        self.chosen = A_GUEST  # the session keeps a guest's data in memory only
        self.accept()
