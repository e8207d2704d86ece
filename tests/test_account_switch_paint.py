"""An account switch shows the new account's header, people and chart, laid
out before the window paints: the header takes its new height at once (the
chart and the people are not painted at the old height first and again
after), and its labels do not repaint for being measured."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui_helpers import open_window
from relapp.gui.quiet_label import QuietLabel
from relapp.gui.views.text_blocks import paragraph
from relapp.services import balance
from relapp.services.accounts import create_account
from relapp.services.journal import add_entry
from relapp.services.meetings import create_meeting
from relapp.services.people import create_stakeholder
from relapp.services.tags import set_tags

TALL_INTENT = ("Become the port's first call for every crossing, every season, and the firm they name when "
               "asked who knows their trade; " * 3)


class PaintCounter(QObject):
    """Counts the paints each watched widget receives."""

    def __init__(self, *widgets):
        super().__init__()
        self.counts = {widget: 0 for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint and watched in self.counts:
            self.counts[watched] += 1
        return False


@pytest.fixture
def two_accounts(db):
    """A short header and a tall one (long intents, three board meetings), each with people and entries."""
    today = dt.date.today()
    short = create_account(name="Pier Nine", industry="Logistics")
    tall = create_account(name="Harbour Pilots", industry="Shipping", purpose="both", our_intent=TALL_INTENT,
                          their_intent=TALL_INTENT)
    set_tags("account", tall.id, ["Key client"])
    for days in (10, 40, 70):
        create_meeting(account=tall.id, day=today + dt.timedelta(days=days), title=f"Board in {days} days")
    people = {}
    for account, names in ((short, ["Ada Quay"]), (tall, ["Bo Helm", "Cy Rudder", "Di Keel"])):
        people[account.id] = [create_stakeholder(account=account.id, name=name, influence=5 - i).id
                              for i, name in enumerate(names)]
        for back, value in ((30, 2), (12, -1), (3, 3)):
            add_entry(account=account.id, day=today - dt.timedelta(days=back), kind="meeting", value=value,
                      title="Visit", stakeholders=people[account.id][:1])
    return short.id, tall.id


@pytest.fixture
def pane(qtbot, two_accounts, data_dir, tmp_path):
    window = open_window(qtbot, data_dir, tmp_path)
    window.resize(1400, 900)
    window.show_view("accounts")
    qtbot.wait(50)
    return window.view("accounts")


def people_names(pane) -> list[str]:
    model = pane.people_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_switching_accounts_shows_each_accounts_header_people_and_chart(qtbot, pane, two_accounts):
    short, tall = two_accounts
    for account_id in (tall, short, tall):
        pane.select_account(account_id)
        qtbot.wait(20)
        series = balance.account_series(account_id)
        if account_id == tall:
            assert pane.title.text() == "Harbour Pilots"
            assert "Shipping" in pane.subtitle.text() and "Key client" in pane.subtitle.text()
            assert all(f"Board in {days} days" in pane.meetings_label.text() for days in (10, 40, 70))
            assert "port&#x27;s first call" in pane.intent.text() or "port's first call" in pane.intent.text()
            assert people_names(pane) == ["Bo Helm", "Cy Rudder", "Di Keel"]
        else:
            assert pane.title.text() == "Pier Nine"
            assert "Logistics" in pane.subtitle.text() and "Key client" not in pane.subtitle.text()
            assert "No board meeting planned" in pane.meetings_label.text()
            assert people_names(pane) == ["Ada Quay"]
        assert pane.chart.last_value() == pytest.approx(series[-1].balance)
        assert pane.stage_strip.caption.text().startswith("Stage:")


def test_the_header_takes_its_new_height_before_the_window_paints(qtbot, pane, two_accounts):
    short, tall = two_accounts
    pane.select_account(short)
    qtbot.wait(50)
    short_height = pane.header.height()
    pane.select_account(tall)  # no event loop in between: what the next paint will show
    assert pane.header.height() > short_height
    for label in (pane.intent, pane.meetings_label):
        # Tall enough for its text at its width: nothing is cut off or overlaps the chart.
        assert label.height() >= label.heightForWidth(label.width()), label.accessibleName()
    chart_top = pane.chart.mapTo(pane, pane.chart.rect().topLeft()).y()
    assert chart_top >= pane.header.mapTo(pane, pane.header.rect().bottomLeft()).y()
    pane.select_account(short)
    assert pane.header.height() == short_height


def test_a_switch_paints_the_people_and_the_chart_once(qtbot, pane, two_accounts):
    short, tall = two_accounts
    pane.select_account(short)
    qtbot.wait(100)
    counter = PaintCounter(pane.people_table.viewport(), pane.chart.plot.viewport())
    for account_id in (tall, short, tall):
        for widget in counter.counts:
            counter.counts[widget] = 0
        pane.select_account(account_id)  # the header's height changes each time
        qtbot.wait(100)
        assert counter.counts[pane.people_table.viewport()] == 1
        assert counter.counts[pane.chart.plot.viewport()] == 1


def test_a_label_measured_by_a_layout_is_not_painted_again(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = paragraph("<b>Our strategic intent</b><br>" + TALL_INTENT)
    assert isinstance(label, QuietLabel)
    layout.addWidget(label)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.wait(50)
    before = label.grab().toImage()
    counter = PaintCounter(label)
    heights = [label.heightForWidth(width) for width in (120, 400, 900)]
    label.sizeHint(), label.minimumSizeHint()
    qtbot.wait(50)
    assert counter.counts[label] == 0, "measured, not changed: nothing to paint"
    assert heights[0] > heights[1] > heights[2], "narrower, taller: it is measured at each width"
    assert label.grab().toImage() == before, "and it still shows its text wrapped at its own width"
    label.setText("<i>not recorded yet</i>")
    qtbot.waitUntil(lambda: counter.counts[label] >= 1)
    assert label.heightForWidth(120) < heights[0], "a new text is measured anew"
    label.clear()
    assert label.heightForWidth(120) < label.fontMetrics().height() * 2
    label.setText("<b>Our strategic intent</b><br>" + TALL_INTENT)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(120) > heights[0], "so is a text in a larger font"
    holder.resize(250, 300)
    painted = counter.counts[label]
    qtbot.waitUntil(lambda: counter.counts[label] > painted)  # a new size repaints it


def test_a_label_given_rich_text_later_is_still_measured_without_a_paint(qtbot):
    # The label looks its text controls up once and again after a child came
    # or went: measured first as plain text (no text control yet), then
    # given rich text, it must not miss the control made for it.
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = QuietLabel("plain words, " * 30)
    label.setWordWrap(True)
    layout.addWidget(label)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    label.heightForWidth(200)
    label.setTextFormat(Qt.RichText)
    label.setText("<b>Our strategic intent</b><br>" + TALL_INTENT)
    qtbot.wait(50)  # its own paint for the new text
    counter = PaintCounter(label)
    heights = [label.heightForWidth(width) for width in (120, 400, 900)]
    label.sizeHint(), label.minimumSizeHint()
    qtbot.wait(50)
    assert heights[0] > heights[2]
    assert counter.counts[label] == 0, "measured, not changed: nothing to paint"
