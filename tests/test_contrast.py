"""Every text the app colours meets WCAG AA (4.5:1) against its background,
in the light and the dark theme.

The contrast is computed (WCAG 2 relative luminance) for the palettes the
app sets, for every meaning in text_colours, for the foreground colours the
item models actually return on the demo, and for the colours written into
the labels of the main window; the brief preview is paper in both themes.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from gui_helpers import open_window
from relapp.gui.application import apply_theme
from relapp.gui.text_colours import SHADES, contrast, is_dark

AA = 4.5
BACKGROUNDS = (QPalette.Base, QPalette.AlternateBase, QPalette.Window)


def test_the_formula_matches_known_values():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)  # the AA-grey


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(role) for role in BACKGROUNDS]


def test_the_palette_pairs_meet_aa(theme):
    palette = QApplication.palette()
    assert is_dark() == (theme == "dark")
    pairs = [(QPalette.Text, QPalette.Base), (QPalette.Text, QPalette.AlternateBase),
             (QPalette.WindowText, QPalette.Window), (QPalette.ButtonText, QPalette.Button),
             (QPalette.HighlightedText, QPalette.Highlight), (QPalette.ToolTipText, QPalette.ToolTipBase)]
    low = [(fg, bg, round(contrast(palette.color(fg), palette.color(bg)), 2)) for fg, bg in pairs
           if contrast(palette.color(fg), palette.color(bg)) < AA]
    assert low == []


@pytest.mark.parametrize("meaning", sorted(SHADES))
def test_every_meaning_meets_aa_on_every_background_of_its_theme(meaning, theme):
    colour = QColor(SHADES[meaning][theme == "dark"])
    worst = min(contrast(colour, bg) for bg in backgrounds(QApplication.palette()))
    assert worst >= AA, f"{meaning} in the {theme} theme: {worst:.2f}:1"


def model_foregrounds(model) -> set[str]:
    found = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            brush = model.data(model.index(row, column), Qt.ForegroundRole)
            if brush is not None:
                found.add((brush.color() if hasattr(brush, "color") else QColor(brush)).name())
    return found


CSS_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)")
# A span with a background of its own (a tag chip): its text is judged against that background.
ON_BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})\s*;\s*color:\s*(#[0-9a-fA-F]{6}|[a-z]+)")


def label_colours(window) -> tuple[set[str], set[tuple[str, str]]]:
    """(colours on the window's own background, (text, background) pairs)."""
    plain, pairs = set(), set()
    for label in window.findChildren(QLabel):
        for text in (label.text(), label.styleSheet()):
            pairs.update((ink, paper) for paper, ink in ON_BACKGROUND.findall(text))
            text = ON_BACKGROUND.sub("", text)
            plain.update(m for m in CSS_COLOUR.findall(text) if not m.startswith("palette"))
    return plain, pairs


@pytest.mark.slow
def test_the_colours_the_window_shows_on_the_demo_meet_aa(qtbot, demo_db, data_dir, tmp_path, theme):
    window = open_window(qtbot, data_dir, tmp_path)
    apply_theme(QApplication.instance(), theme)  # open_window's settings are fresh: set the theme again
    accounts = window.view("accounts")
    home = window.view("home")
    qtbot.waitUntil(lambda: not home.loading, timeout=20000)
    colours, pairs = set(), set()
    for view in (accounts, window.view("journal"), window.view("people")):
        for model in (getattr(view, name, None) for name in ("model", "people_model", "entries_model")):
            if model is not None:
                colours |= model_foregrounds(model)
    colours |= model_foregrounds(home.model)
    for account_row in range(min(accounts.proxy.rowCount(), 4)):
        accounts.table.selectRow(account_row)
        plain, chips = label_colours(window)
        colours |= model_foregrounds(accounts.people_model) | plain
        pairs |= chips
    assert len(colours) >= 4  # red, green and at least two of Home's kinds: the scan saw them
    palette = QApplication.palette()
    low = {c: round(min(contrast(QColor(c), bg) for bg in backgrounds(palette)), 2) for c in colours}
    assert {c: r for c, r in low.items() if r < AA} == {}
    assert pairs  # the demo's accounts carry tags
    assert {(ink, paper): round(contrast(QColor(ink), QColor(paper)), 2) for ink, paper in pairs
            if contrast(QColor(ink), QColor(paper)) < AA} == {}


def test_the_brief_preview_is_paper_in_both_themes(theme):
    from relapp.gui.brief.render import INK, PAPER

    from relapp.assets import read_text

    css = read_text("templates", "brief.html.j2")
    colours = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", css))
    assert "#12324f" in colours  # the navy headings that were unreadable on dark grey
    assert all(contrast(QColor(c), QColor(PAPER)) >= AA for c in colours | {INK})


def test_the_brief_dialog_preview_uses_the_paper_palette(qtbot, demo_db, theme):
    from relapp.gui.brief.brief_dialog import BriefDialog
    from relapp.gui.brief.render import PAPER
    from relapp.store.models import Account

    dialog = BriefDialog(Account.select().first().id)
    qtbot.addWidget(dialog)
    palette = dialog.preview.palette()
    assert palette.color(QPalette.Base).name() == PAPER
    assert contrast(palette.color(QPalette.Text), palette.color(QPalette.Base)) >= AA


def test_the_chosen_chart_range_stands_out_in_both_themes(qtbot, theme):
    from relapp.gui.chart.balance_chart import BalanceChart

    chart = BalanceChart()
    qtbot.addWidget(chart)
    chart.show()
    buttons = {b.property("range_key"): b for b in chart.findChildren(QToolButton) if b.property("range_key")}
    chart.set_range("1y")

    def background(button) -> QColor:
        image = button.grab().toImage()
        counts = {}
        for x in range(image.width()):
            for y in range(image.height()):
                name = image.pixelColor(x, y).name()
                counts[name] = counts.get(name, 0) + 1
        return QColor(max(counts, key=counts.get))

    chosen, other = background(buttons["1y"]), background(buttons["3m"])
    around = QApplication.palette().color(QPalette.Window)
    assert chosen != other
    assert contrast(chosen, around) >= 3, f"{chosen.name()} on {around.name()}"  # WCAG 1.4.11 for controls


@pytest.mark.parametrize("switch", [("light", "dark"), ("dark", "light")])
def test_switching_theme_restyles_what_is_already_on_screen(qtbot, demo_db, data_dir, tmp_path, switch):
    """Style sheets are worked out when set: before, switching theme in
    Preferences left the overdue warning in the old theme's red and the
    chart's range buttons in the old theme's grey."""
    before, after = switch
    window = open_window(qtbot, data_dir, tmp_path)
    app = QApplication.instance()
    try:
        apply_theme(app, before)
        accounts = window.view("accounts")
        window.show_view("accounts")
        for row in range(accounts.proxy.rowCount()):
            accounts.table.selectRow(row)
            if accounts.alert.isVisibleTo(window):
                break
        assert accounts.alert.isVisibleTo(window)  # on an account with an overdue promise
        apply_theme(app, after)
        plain, _pairs = label_colours(window)
        palette = QApplication.palette()
        low = {c: round(min(contrast(QColor(c), bg) for bg in backgrounds(palette)), 2) for c in plain}
        stale = [(type(label.parent()).__name__, label.text()[:80]) for label in window.findChildren(QLabel)
                 if any(c in label.text() + label.styleSheet() for c, r in low.items() if r < AA)]
        assert stale == []
        assert SHADES["negative"][after == "dark"] in accounts.alert.styleSheet()
        # The list's cells hold their colours: the red of an account with an
        # overdue promise is the new theme's, not the one they were filled in.
        assert model_foregrounds(accounts.model) == {SHADES["negative"][after == "dark"]}
        unchecked = next(b for b in accounts.chart.findChildren(QToolButton) if b.isCheckable() and not b.isChecked())
        face = unchecked.grab().toImage().pixelColor(3, unchecked.height() // 2)
        window_colour = palette.color(QPalette.Window)
        assert abs(face.lightness() - window_colour.lightness()) < 60, (face.name(), window_colour.name())
    finally:
        apply_theme(app, "light")


def edge_contrast(widget, rect) -> float:
    """The strongest contrast with the window colour along the left edge of
    ``rect`` (a pixel either side, for where the style puts its line)."""
    image = widget.grab().toImage()
    window = widget.palette().color(QPalette.Window)
    y = rect.center().y()
    # Only pixels of the image: one outside it reads as black, which "stood
    # off" the light window whatever the style drew.
    xs = [x for x in range(rect.left() - 1, rect.left() + 2) if image.valid(x, y)]
    return max(contrast(image.pixelColor(x, y), window) for x in xs)


def test_check_boxes_and_fields_show_their_edges_in_both_themes(qtbot, theme):
    import inspect

    from PySide6.QtWidgets import QCheckBox, QLineEdit, QStyle, QStyleOptionButton, QVBoxLayout, QWidget

    from relapp.gui import application
    from relapp.gui.indicator_style import RingedControls

    assert "RingedControls" in inspect.getsource(application.create_application)  # the window's style
    style = RingedControls()
    host = QWidget()
    qtbot.addWidget(host)
    box, field = QCheckBox("Encrypt my data", host), QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addWidget(field)
    for widget in (host, box, field):
        widget.setStyle(style)
    host.show()
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = style.subElementRect(QStyle.SE_CheckBoxIndicator, option, box)
    assert edge_contrast(box, indicator) >= 3.0
    assert edge_contrast(field, field.rect()) >= 3.0


def test_spin_boxes_dates_notes_and_combo_boxes_show_their_edges_in_both_themes(qtbot, theme):
    """Fusion outlined a number field, a date field, a notes field and a combo
    box one types into in a shade of the window itself (1.1:1 dark, 2:1 light);
    a combo box one only chooses from had its button face alone (2:1)."""
    from PySide6.QtWidgets import (
        QComboBox, QDateEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
    )

    from relapp.gui.indicator_style import RingedControls

    style = RingedControls()
    host = QWidget()
    qtbot.addWidget(host)
    focus = QPushButton("Elsewhere", host)  # the fields are drawn without the focus highlight
    number, day, typed, notes = QSpinBox(host), QDateEdit(host), QComboBox(host), QPlainTextEdit(host)
    chosen = QComboBox(host)
    chosen.addItems(["Neutral", "Champion"])
    typed.setEditable(True)
    layout = QVBoxLayout(host)
    for widget in (focus, number, day, typed, chosen, notes):
        layout.addWidget(widget)
    for widget in (host, focus, number, day, typed, chosen, notes, typed.lineEdit(), number.findChild(QWidget),
                   day.findChild(QWidget)):
        widget.setStyle(style)
    host.show()
    focus.setFocus()
    for field in (number, day, typed, chosen, notes):
        assert not field.hasFocus()
        assert edge_contrast(field, field.rect()) >= 3.0, type(field).__name__


def test_push_buttons_show_their_edges_in_both_themes(qtbot, theme):
    """A push button's face and Fusion's outline stood about 2:1 off the
    window: a button one cannot make out is one nobody presses."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    from relapp.gui.indicator_style import RingedControls

    style = RingedControls()
    host = QWidget()
    qtbot.addWidget(host)
    focus = QLineEdit(host)  # the buttons are drawn without the focus highlight
    button, default, flat = QPushButton("Save", host), QPushButton("OK", host), QPushButton("More…", host)
    default.setDefault(True)
    flat.setFlat(True)
    layout = QVBoxLayout(host)
    for widget in (focus, button, default, flat):
        layout.addWidget(widget)
        widget.setStyle(style)
    host.setStyle(style)
    host.show()
    focus.setFocus()
    for widget in (button, default):
        assert not widget.hasFocus()
        assert edge_contrast(widget, widget.rect()) >= 3.0, widget.text()
    assert edge_contrast(flat, flat.rect()) < 1.5  # a flat button keeps no face and no edge


@pytest.mark.parametrize("switch", [("light", "dark"), ("dark", "light")])
def test_the_chart_lines_stand_off_their_plot_in_both_themes(qtbot, demo_db, data_dir, tmp_path, switch):
    """A chart's line needs 3:1 against its plot (WCAG 1.4.11). On the dark
    plot the stage line was 1.35:1, the third compared series 1.9:1 and the
    health trend 3.09:1;
    switching theme with the window open recolours them, and an export keeps
    the light look whatever the theme."""
    from relapp.gui.chart.render import render_chart

    window = open_window(qtbot, data_dir, tmp_path)
    app = QApplication.instance()
    try:
        apply_theme(app, switch[0])
        window.show_view("accounts")
        accounts = window.view("accounts")
        accounts.table.selectRow(0)
        apply_theme(app, switch[1])
        qtbot.wait(10)  # the widgets take the application's new palette from posted events
        chart, strip = accounts.chart, accounts.stage_strip
        plot_colour = chart.plot.palette().color(QPalette.Base)
        lines = [curve.opts["pen"].color() for curve in chart._curves]
        lines += [strip.line.opts["pen"].color(), strip.marks.opts["brush"].color()]
        accounts.tabs.setCurrentWidget(accounts.health_panel)
        health_plot = accounts.health_panel.chart.plot
        qtbot.waitUntil(lambda: bool(health_plot.listDataItems()))
        lines.append(health_plot.listDataItems()[0].opts["pen"].color())
        low = [(c.name(), round(contrast(c, plot_colour), 2)) for c in lines if contrast(c, plot_colour) < 3]
        assert low == [], plot_colour.name()
        assert strip.plot.palette().color(QPalette.Base) == plot_colour
        # The exported chart keeps the light look: its line in the light plot's blue, in either theme.
        from PySide6.QtGui import QImage

        from relapp.gui.chart.line_colours import SERIES

        image = QImage.fromData(render_chart(window.current_account_id()))
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(image.height())}
        assert SERIES[0][0] in colours and SERIES[0][1] not in colours
    finally:
        apply_theme(app, "light")
