"""A new, empty data folder: the account pane shows no empty stage chart
(its bare axes used to show numbers like 00.250 as dates)."""

from gui_helpers import data_open_now, isolate_settings

from relapp.gui.main_window import MainWindow


def test_no_stage_axes_without_an_account(qtbot, db, data_dir, tmp_path):
    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    window.show_view("accounts")
    pane = window.view("accounts")
    assert pane.account_id is None
    assert not pane.stage_strip.plot.isVisible()
