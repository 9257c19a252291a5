"""The 服务统计 charts (QtCharts): hours per team or station, per month, and each person's
hours against the branch average.

Horizontal bars where the categories are names, so they read as written however many there
are; the month chart stands upright (twelve short labels).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from branchdesk.core.rules.volunteer import MINUTES_PER_HOUR
from branchdesk.core.services.volunteer_hours import AverageChart, GroupTotal
from branchdesk.ui.i18n import locale_for

BAR_COLOR = QColor("#1A73E8")
BELOW_COLOR = QColor("#9AA0A6")  # below the branch average
AVERAGE_COLOR = QColor("#B3261E")
ROW_HEIGHT = 24  # pixels per name: every label shows (QtCharts hides overlapping ones)
CHROME_HEIGHT = 120  # title, legend and the value axis
MIN_HEIGHT = 260


def _hours(minutes: int | float) -> float:
    return round(float(minutes) / MINUTES_PER_HOUR, 2)


def _sized(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(font.pointSizeF() * factor)
    sized.setBold(bold)
    return sized


def _nice(value: float) -> float:
    """The axis end: a round number above ``value`` (at least 4 hours)."""
    for step in (4, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if value <= step * 8:
            return float(max(step, (int(value * 1.08 // step) + 1) * step))
    return float(int(value * 1.08) + 1)


class BarChart(QChartView):
    """One bar set over named categories, in hours; the base of the three charts."""

    HORIZONTAL = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.bars = QBarSet("")
        self.names: list[str] = []  # as the axis lists them (bottom first when horizontal)

    def draw(self, title: str, names: Sequence[str], hours: Sequence[float], label: str) -> None:
        """Redraw the chart: ``names`` first at the top (or left)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        chart.setTitleFont(_sized(font, 1.15, bold=True))
        chart.legend().setFont(font)
        chart.setTitle(title)
        order = list(reversed(range(len(names)))) if self.HORIZONTAL else list(range(len(names)))
        self.names = [names[n] for n in order]
        self.bars = QBarSet(label)
        self.bars.setColor(BAR_COLOR)
        self.bars.setBorderColor(QColor(Qt.GlobalColor.transparent))
        self.bars.setSelectedColor(BELOW_COLOR)
        for n in order:
            self.bars.append(hours[n])
        series: QAbstractBarSeries = QHorizontalBarSeries() if self.HORIZONTAL else QBarSeries()
        series.setBarWidth(0.6)
        series.append(self.bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(self.names or [""])
        categories.setLabelsFont(font)
        categories.setGridLineVisible(False)
        categories.setTruncateLabels(False)  # names are short; "…" says nothing
        values = QValueAxis()
        values.setRange(0, _nice(max([*hours, 0.0])))
        values.setLabelFormat("%g")
        values.setLabelsFont(font)
        values.setTitleText(self.tr("Hours"))
        values.setTitleFont(font)
        if self.HORIZONTAL:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignTop)  # in view above a long list
            self.setMinimumHeight(max(MIN_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * len(names)))
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.values_axis, self.series = values, series

    def values(self) -> dict[str, float]:
        """Each category's bar in hours (tests read what is drawn)."""
        return {name: self.bars.at(n) for n, name in enumerate(self.names)}


class UnitChart(BarChart):
    """Hours per team or station in the period."""

    def set_totals(self, totals: Sequence[GroupTotal], title: str) -> None:
        names = [total.label or self.tr("No team or station") for total in totals]
        self.draw(title, names, [_hours(t.minutes) for t in totals], self.tr("Service hours"))


class MonthChart(BarChart):
    """Hours per month of the year, upright."""

    HORIZONTAL = False

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale_for(language)
        self.chart().legend().hide()

    def set_totals(self, totals: Sequence[GroupTotal], title: str) -> None:
        names = [
            self._locale.standaloneMonthName(int(t.key[-2:]), self._locale.FormatType.ShortFormat)
            for t in totals
        ]
        self.draw(title, names, [_hours(t.minutes) for t in totals], self.tr("Service hours"))


class AverageBarChart(BarChart):
    """Each person's hours, most first, with the branch average as a line; those below the
    average drawn grey (their bars are "selected")."""

    def set_chart(self, chart: AverageChart, title: str) -> None:
        rows = chart.rows
        self.draw(
            title, [row.name for row in rows], [_hours(r.minutes) for r in rows], self.tr("Hours")
        )
        average = _hours(chart.average_minutes)
        below = [index for index in range(len(self.names)) if self.bars.at(index) < average]
        if below:
            self.bars.selectBars(below)
        line = QLineSeries()
        line.setName(self.tr("Branch average {hours} h").format(hours=f"{average:g}"))
        pen = QPen(AVERAGE_COLOR)
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.append(QPointF(average, -0.5))
        line.append(QPointF(average, max(len(rows), 1) - 0.5))
        self.chart().addSeries(line)
        values = self.values_axis
        values.setMax(max(values.max(), _nice(average)))
        hidden = QValueAxis()  # the line's y runs over the category axis's slots
        hidden.setRange(-0.5, max(len(rows), 1) - 0.5)
        hidden.setVisible(False)
        self.chart().addAxis(hidden, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(values)
        line.attachAxis(hidden)
        self.average = average

    def below_average(self) -> list[str]:
        return [self.names[index] for index in self.bars.selectedBars()]
