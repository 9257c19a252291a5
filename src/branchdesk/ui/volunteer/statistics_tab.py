"""The 服务统计 tab: each person's hours in the year or a term, the charts, and the prints
(a member's 志愿服务记录证明, the year's 志愿服务汇总表)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from branchdesk.ui.volunteer.data import VolunteerData
from branchdesk.ui.volunteer.labels import period_label, periods_of
from branchdesk.ui.volunteer.list_tab import ListTab
from branchdesk.ui.volunteer.models import MemberTotalModel, TotalColumn

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog
    from branchdesk.ui.volunteer.page import VolunteerPage


class StatisticsTab(ListTab):
    """Totals and charts of the period chosen; printing for the selected member."""

    def __init__(self, page: VolunteerPage) -> None:
        view = page.view
        super().__init__(
            page,
            view.totals,
            view.totals_stack,
            view.no_totals,
            MemberTotalModel(page.context.language),
            TotalColumn.HOURS,
            Qt.SortOrder.DescendingOrder,
        )
        self.model.setParent(self)
        view.totals.selectionModel().selectionChanged.connect(lambda: page.update_buttons())
        view.print_certificate.clicked.connect(self.print_certificate)
        view.print_summary.clicked.connect(self.print_summary)

    def show_periods(self, data: VolunteerData) -> None:
        combo = self.page.view.period
        combo.blockSignals(True)
        combo.clear()
        for period in periods_of(data.query.year):
            combo.addItem(period_label(period))
        combo.setCurrentIndex(data.query.period)
        combo.blockSignals(False)

    def show_data(self, data: VolunteerData) -> None:
        view = self.page.view
        label = period_label(data.period) if data.period is not None else ""
        view.totals_title.setText(self.tr("Hours of each member: {period}").format(period=label))
        if data.branch_id is None:
            empty = self.tr("No branch on file yet. Enter your branch in Settings.")
        else:
            empty = self.tr("Nobody served in {period}.").format(period=label)
        self.show(data.member_totals, empty)
        if data.member_totals and self.current() is None:
            self.table.selectRow(0)  # the certificate is ready to print for someone
        view.unit_chart.set_totals(
            data.unit_totals, self.tr("Hours per team and station: {period}").format(period=label)
        )
        view.month_chart.set_totals(
            data.month_totals, self.tr("Hours per month of {year}").format(year=data.query.year)
        )
        if data.average is not None:
            view.average_chart.set_chart(
                data.average,
                self.tr("Each member's hours against the branch average: {period}").format(
                    period=label
                ),
            )

    def update_buttons(self, has_branch: bool) -> None:
        view = self.page.view
        view.print_certificate.setEnabled(self.current() is not None)
        view.print_summary.setEnabled(has_branch)

    # printing ------------------------------------------------------------------------------

    def certificate_job(self) -> PrintJob | None:
        """志愿服务记录证明 of the selected member for the year shown; building it issues the
        certificate's number (or finds the one issued before)."""
        member = self.current()
        if member is None:
            return None
        from branchdesk.reports.jobs import volunteer_certificate_job

        context = self.context
        return volunteer_certificate_job(
            context.database,
            member.member_id,
            self.page.year(),
            actor=context.actor,
            today=context.today(),
        )

    def summary_job(self) -> PrintJob | None:
        """志愿服务汇总表 of the branch and year shown."""
        data = self.page.data
        if data is None or data.branch_id is None:
            return None
        from branchdesk.reports.jobs import volunteer_summary_job

        return volunteer_summary_job(
            self.context.database,
            data.query.year,
            branch_name=data.branch_name,
            today=self.context.today(),
        )

    def print_certificate(self) -> PrintPreviewDialog | None:
        """打印服务证明: the selected member's certificate in the print preview."""
        return self.page.preview(self.certificate_job, self.tr("Print service certificate"))

    def print_summary(self) -> PrintPreviewDialog | None:
        """打印年度汇总表: the year's summary in the print preview."""
        return self.page.preview(self.summary_job, self.tr("Print yearly summary"))
