"""The branch's class hours as a bar chart (QtCharts): one bar per member, the target marked.

Horizontal bars, so the names read as written however many members there are; members short
of the target are drawn in red (their bars are "selected" in the bar set's red).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from branchdesk.core.services.study_hours import HoursRow
from branchdesk.ui.study.models import BEHIND_COLOR

BAR_COLOR = QColor("#1A73E8")
TARGET_COLOR = QColor("#202124")
ROW_HEIGHT = 24  # pixels per member: every name label shows (QtCharts hides overlapping ones)
CHROME_HEIGHT = 120  # title, legend and the value axis
MIN_HEIGHT = 260


class HoursChart(QChartView):
    """Collective class hours per member, with each member's target as a marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.bars = QBarSet(self.tr("Collective hours"))
        self.targets = QScatterSeries()
        self.names: list[str] = []

    def set_rows(self, rows: Sequence[HoursRow], title: str) -> None:
        """Redraw for ``rows`` (core's order, first at the top)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        chart.setTitleFont(_sized(font, 1.15, bold=True))
        chart.legend().setFont(font)
        chart.setTitle(title)
        shown = list(reversed(rows))  # a category axis counts from the bottom
        self.names = [row.name for row in shown]

        self.bars = QBarSet(self.tr("Collective hours"))
        self.bars.setColor(BAR_COLOR)
        self.bars.setBorderColor(QColor(Qt.GlobalColor.transparent))
        self.bars.setSelectedColor(BEHIND_COLOR)
        for row in shown:
            self.bars.append(float(row.collective_hours))
        for index, row in enumerate(shown):
            if row.behind:
                self.bars.selectBar(index)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.6)
        series.append(self.bars)
        chart.addSeries(series)

        self.targets = QScatterSeries()
        self.targets.setName(self.tr("Target"))
        self.targets.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        self.targets.setMarkerSize(11)
        self.targets.setColor(TARGET_COLOR)
        self.targets.setBorderColor(QColor("white"))
        for index, row in enumerate(shown):
            self.targets.append(QPointF(float(row.target), index))
        chart.addSeries(self.targets)

        names = QBarCategoryAxis()
        names.append(self.names or [""])
        names.setLabelsFont(font)
        names.setGridLineVisible(False)
        names.setTruncateLabels(False)  # names are short; "…" instead of a name says nothing
        hours = QValueAxis()
        top = max([float(r.target) for r in rows] + [float(r.collective_hours) for r in rows] + [8])
        hours.setRange(0, _nice(top * 1.1))
        hours.setLabelFormat("%d")
        hours.setTickType(QValueAxis.TickType.TicksDynamic)
        hours.setTickInterval(8)  # 32 and 56 fall on grid lines
        hours.setTickAnchor(0)
        hours.setLabelsFont(font)
        hours.setTitleText(self.tr("Class hours"))
        hours.setTitleFont(font)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(hours, Qt.AlignmentFlag.AlignTop)  # stays in view above a long list
        for each in (series, self.targets):
            each.attachAxis(names)
            each.attachAxis(hours)
        self.setMinimumHeight(max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * len(rows)))

    def bar_count(self) -> int:
        return self.bars.count()

    def behind_bars(self) -> list[int]:
        """Indexes (bottom first) of the bars drawn red."""
        return list(self.bars.selectedBars())


def _sized(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(font.pointSizeF() * factor)
    sized.setBold(bold)
    return sized


def _nice(value: float) -> float:
    """Round the axis end up to a multiple of 8 class hours."""
    return float(int(value // 8 + 1) * 8)
