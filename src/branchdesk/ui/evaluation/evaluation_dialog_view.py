"""Layout of the evaluation dialog: one member's self-assessment, votes, opinion and grade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import Grade
from branchdesk.core.rules.evaluation import GRADED_BY, GRADES, VoteTally
from branchdesk.ui.evaluation.labels import grade_label, graded_by_label
from branchdesk.ui.study.fields import add_row, form_layout
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip

VOTES_MAX = 9999  # a count no branch reaches; core refuses totals over the voters
SPIN_WIDTH = 88
OPINION_MAX_HEIGHT = 110
OVER_STYLE = "color: #B3261E; font-weight: 600;"


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
    box.setMinimumHeight(height)
    return box


class VoteFields(QFrame):
    """Ballots per grade (优秀 / 合格 / 基本合格 / 不合格), each under its grade, and the total."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.spins: dict[Grade, QSpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for column, grade in enumerate(GRADES):
            caption = QLabel(grade_label(grade))
            caption.setObjectName("hint")
            spin = QSpinBox()
            spin.setObjectName(f"{name}_{grade.value}")
            spin.setRange(0, VOTES_MAX)
            spin.setMinimumWidth(SPIN_WIDTH)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            caption.setBuddy(spin)
            grid.addWidget(caption, 0, column)
            grid.addWidget(spin, 1, column)
            self.spins[grade] = spin
        self.total = QLabel()
        self.total.setObjectName("voteTotal")
        self.total.setMinimumWidth(120)
        grid.addWidget(self.total, 1, len(GRADES))
        grid.setColumnStretch(len(GRADES), 1)
        # No focus proxy: an error about the total outlines the whole row, not one count.

    def first(self) -> QSpinBox:
        """The first count (优秀), where the cursor goes to correct the row."""
        return self.spins[Grade.EXCELLENT]

    def value(self) -> VoteTally:
        return VoteTally(*(self.spins[grade].value() for grade in GRADES))

    def set_value(self, votes: VoteTally) -> None:
        for grade in GRADES:
            self.spins[grade].setValue(votes.count(grade))

    def show_total(self, voters: int | None) -> None:
        """The total, against the voters when their number is known (red when over)."""
        total = self.value().total
        over = voters is not None and total > voters
        if voters is None:
            text = QCoreApplication.translate("VoteFields", "Total {total}")
        elif over:
            text = QCoreApplication.translate("VoteFields", "Total {total}: over {voters} voters")
        else:
            text = QCoreApplication.translate("VoteFields", "Total {total} of {voters} voters")
        self.total.setText(text.format(total=total, voters=voters))
        self.total.setStyleSheet(OVER_STYLE if over else "")


class EvaluationDialogView(QWidget):
    """Widgets only; EvaluationDialog fills, reads and saves them."""

    def _message(self, field: str, title: str) -> QLabel:
        """The hidden error line of a field shown without a label of its own."""
        message = QLabel()
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.hide()
        self.errors[field] = message
        self.titles[field] = title
        return message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        self.subheading.setObjectName("pageSubtitle")
        self.position = QLabel()
        self.position.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.subheading)
        top.addStretch(1)
        top.addWidget(self.position)

        self.self_summary = _text_box("selfSummary", 150)
        self.self_summary.setPlaceholderText(
            self.tr("The member's own summary of the year: strengths, shortcomings, plans")
        )
        self.peer = VoteFields("peerVotes")
        self.masses = VoteFields("massesVotes")
        self.branch_opinion = _text_box("branchOpinion", 70)
        self.branch_opinion.setMaximumHeight(OPINION_MAX_HEIGHT)
        self.branch_opinion.setPlaceholderText(self.tr("The branch's opinion of the member"))
        self.grade = QComboBox()
        self.grade.setObjectName("evaluationGrade")
        self.grade.addItem(self.tr("Not graded yet"), None)
        for grade in GRADES:
            self.grade.addItem(grade_label(grade), grade.value)
        self.graded_by = QComboBox()
        self.graded_by.setObjectName("gradedBy")
        self.graded_by.addItem(self.tr("Not set"), "")
        for who in GRADED_BY:
            self.graded_by.addItem(graded_by_label(who), who)
        self.grade_note = QLabel()
        self.grade_note.setObjectName("hint")
        self.grade_note.setWordWrap(True)
        self.grade_note.hide()

        self.fields: dict[str, QWidget] = {
            "self_summary": self.self_summary,
            "peer": self.peer,
            "masses": self.masses,
            "branch_opinion": self.branch_opinion,
            "grade": self.grade,
            "graded_by": self.graded_by,
        }
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        own = QVBoxLayout()
        own.setSpacing(2)
        own.addWidget(self.self_summary, 1)
        own.addWidget(self._message("self_summary", self.tr("Self-assessment")))
        votes = form_layout()
        add_row(votes, self.tr("Peer votes"), "peer", self.peer, self.errors, self.titles)
        add_row(votes, self.tr("Masses votes"), "masses", self.masses, self.errors, self.titles)
        # A count's own error (peer.excellent …) shows on its row, at its spin box.
        for prefix, box in (("peer", self.peer), ("masses", self.masses)):
            for grade, spin in box.spins.items():
                field = f"{prefix}.{grade.value}"
                self.fields[field] = spin
                self.errors[field] = self.errors[prefix]
                self.titles[field] = f"{self.titles[prefix]} · {grade_label(grade)}"
        branch = form_layout()
        add_row(
            branch,
            self.tr("Branch opinion"),
            "branch_opinion",
            self.branch_opinion,
            self.errors,
            self.titles,
        )
        add_row(branch, self.tr("Grade"), "grade", self.grade, self.errors, self.titles)
        add_row(
            branch, self.tr("Settled by"), "graded_by", self.graded_by, self.errors, self.titles
        )
        branch.addRow("", self.grade_note)

        body = QWidget()
        sections = QVBoxLayout(body)
        sections.setContentsMargins(0, 0, 8, 0)
        sections.setSpacing(12)
        sections.addWidget(titled_section(self.tr("Self-assessment"), own), 1)
        sections.addWidget(titled_section(self.tr("Peer and masses votes"), votes))
        sections.addWidget(titled_section(self.tr("Branch grading"), branch))
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame: Tab goes to its fields
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.previous_button = QPushButton(self.tr("← Previous"))
        self.previous_button.setObjectName("previousMemberButton")
        set_tip(self.previous_button, self.tr("The member above in the list"), "Ctrl+PgUp")
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.setObjectName("nextMemberButton")
        set_tip(self.next_button, self.tr("The member below in the list"), "Ctrl+PgDown")
        self.save_next_button = QPushButton(self.tr("Save and next"))
        self.save_next_button.setObjectName("saveNextButton")
        self.save_next_button.setToolTip(
            self.tr("Save, then go on with the next member (Ctrl+Enter)")
        )
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveEvaluationButton")
        self.save_button.setDefault(True)
        set_tip(self.save_button, self.tr("Save and close"), QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
