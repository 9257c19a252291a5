"""Layout of the first-run assistant: its three steps in the shared wizard frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.style import ACCENT
from branchdesk.ui.widgets.step_wizard import STEP_STYLE, StepWizardView, error_label

STYLE = (
    STEP_STYLE
    + f"""
QLabel#choiceHint {{ color: #5F6368; margin-left: 26px; }}
QPushButton#sampleShortcut {{
    border: none; color: {ACCENT}; text-align: left; padding: 0; text-decoration: underline;
}}
"""
)
MAX_BRANCHES = 6  # a 党总支 rarely has more; Settings takes any number later
NAME_LENGTH = 100  # as the branch table's column
CLERK_LENGTH = 60


def _hint(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _page(title: str, text: str, *parts: QWidget | QFormLayout | QVBoxLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 12)
    layout.setSpacing(10)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(_hint(text))
    layout.addSpacing(6)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    layout.addStretch(1)
    return page


class FirstRunView(StepWizardView):
    """Widgets only; FirstRunAssistant moves between the steps, checks and saves."""

    BRANCH, CLERK, START = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to BranchDesk"),
            [self.tr("1 Your branch"), self.tr("2 Your name"), self.tr("3 How to start")],
            parent,
            style=STYLE,
        )
        for page in (self._branch_page(), self._clerk_page(), self._start_page()):
            self.add_step(page)
        # The frame's Cancel: closing the assistant is not cancelling anything.
        self.later_button = self.cancel_button
        self.later_button.setText(self.tr("Later"))
        self.later_button.setObjectName("firstRunLater")
        self.later_button.setToolTip(
            self.tr("Close the assistant; it opens again next time while the archive is empty")
        )

    # the steps -------------------------------------------------------------------------

    def _branch_page(self) -> QWidget:
        self.branch_names: list[QLineEdit] = []
        self.branch_errors: list[QLabel] = []
        self.branch_rows = QVBoxLayout()
        self.branch_rows.setSpacing(4)
        self.add_branch_button = QPushButton(self.tr("Add another branch"))
        self.add_branch_button.setObjectName("addBranch")
        self.add_branch_button.setToolTip(
            self.tr("A general branch (党总支) keeps the archive of each of its branches")
        )
        self.add_branch_row()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_branch_button)
        add_row.addStretch(1)
        self.parent_org = QLineEdit()
        self.parent_org.setObjectName("parentOrg")
        self.parent_org.setMaxLength(NAME_LENGTH)
        self.parent_org.setPlaceholderText(self.tr("e.g. 计算机学院党委"))
        names_label = QLabel(self.tr("Branch name *"))
        parent_label = QLabel(self.tr("Higher Party organisation"))
        self.sample_shortcut = QPushButton(
            self.tr("Only looking around? Try the program with sample data")
        )
        self.sample_shortcut.setObjectName("sampleShortcut")
        self.sample_shortcut.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sample_shortcut.setAutoDefault(False)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(names_label)
        column.addLayout(self.branch_rows)
        column.addLayout(add_row)
        column.addSpacing(8)
        column.addWidget(parent_label)
        column.addWidget(self.parent_org)
        column.addSpacing(14)
        column.addWidget(self.sample_shortcut, 0, Qt.AlignmentFlag.AlignLeft)
        return _page(
            self.tr("Which branch keeps its archive here?"),
            self.tr(
                "The name is printed at the top of every form, as the branch writes it "
                "(e.g. 计算机学院第一学生党支部). Everything stays on this PC and can be "
                "changed later in Settings."
            ),
            column,
        )

    def add_branch_row(self) -> QLineEdit:
        """One more branch name field (a general branch has several)."""
        name = QLineEdit()
        name.setObjectName(f"branchName{len(self.branch_names)}")
        name.setMaxLength(NAME_LENGTH)
        if not self.branch_names:
            name.setPlaceholderText(self.tr("e.g. 计算机学院第一学生党支部"))
        error = error_label()
        self.branch_names.append(name)
        self.branch_errors.append(error)
        self.branch_rows.addWidget(name)
        self.branch_rows.addWidget(error)
        self.add_branch_button.setEnabled(len(self.branch_names) < MAX_BRANCHES)
        return name

    def _clerk_page(self) -> QWidget:
        self.clerk_name = QLineEdit()
        self.clerk_name.setObjectName("clerkName")
        self.clerk_name.setMaxLength(CLERK_LENGTH + 20)  # longer is refused with a reason
        self.clerk_error = error_label()
        form = QVBoxLayout()
        form.setSpacing(6)
        form.addWidget(QLabel(self.tr("Your name")))
        form.addWidget(self.clerk_name)
        form.addWidget(self.clerk_error)
        return _page(
            self.tr("Who keeps the archive?"),
            self.tr(
                "Your name is written beside every change in the audit trail and on the "
                "handoff list when the archive passes to the next clerk. You may leave it "
                "empty and fill it in later in Settings."
            ),
            form,
        )

    def _start_page(self) -> QWidget:
        self.import_roster = QRadioButton(self.tr("Import the member roster from Excel"))
        self.import_roster.setObjectName("startImport")
        self.sample_data = QRadioButton(self.tr("Load sample data"))
        self.sample_data.setObjectName("startSample")
        self.start_empty = QRadioButton(self.tr("Start empty"))
        self.start_empty.setObjectName("startEmpty")
        self.import_roster.setChecked(True)
        self.choices = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setSpacing(4)
        for button, hint in [
            (
                self.import_roster,
                self.tr(
                    "The import assistant reads your .xlsx list of members, activists and "
                    "applicants, checks every row and imports them into your branch."
                ),
            ),
            (
                self.sample_data,
                self.tr(
                    "A made-up branch with 60 people and three years of meetings, study, "
                    "inspections and volunteer service, to try the program. It brings its own "
                    "branch and clerk: the names entered before are not used."
                ),
            ),
            (
                self.start_empty,
                self.tr("Add people one by one under Member files (Ctrl+N)."),
            ),
        ]:
            self.choices.addButton(button)
            choices.addWidget(button)
            choices.addWidget(_hint(hint, "choiceHint"))
            choices.addSpacing(8)
        self.save_error = error_label()
        choices.addWidget(self.save_error)
        return _page(
            self.tr("How do you want to start?"),
            self.tr("You can import a roster or add people at any time later as well."),
            choices,
        )
