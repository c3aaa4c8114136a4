"""The main window: a filterable list of careers and the selected career's profile."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careerdesk import profile
from careerdesk.store import CareerStore


class MainWindow(QMainWindow):
    """Lists every career; typing filters the list, selecting shows the profile."""

    def __init__(self, store: CareerStore) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle("CareerDesk")
        self._careers = store.careers()
        self.filter = QLineEdit(placeholderText="Filter careers by title")
        self.filter.setAccessibleName("Filter careers")
        self.model = QStringListModel([f"{c.title} ({c.code})" for c in self._careers])
        self.proxy = QSortFilterProxyModel(filterCaseSensitivity=Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName("Careers")
        self.page = QTextBrowser()
        self.page.setAccessibleName("Career profile")
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list.selectionModel().currentChanged.connect(self._show)
        self.resize(self.fontMetrics().averageCharWidth() * 160,
                    self.fontMetrics().height() * 45)

    def _show(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        row = self.proxy.mapToSource(index).row()
        if 0 <= row < len(self._careers):
            career = self.store.career(self._careers[row].code)
            self.page.setPlainText(profile.to_text(career, self.store.attribution))
