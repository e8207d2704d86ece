"""The window opens on the last view with real content: the map saved as
the last view shows an account's people at once, the one last shown when
it is still there; the start checks wait for the first frame."""

from gui_helpers import data_open_now, isolate_settings
from PySide6.QtCore import QEvent, QObject, QSettings

from relapp.gui.main_window import MainWindow
from relapp.gui.map.scene import PersonItem
from relapp.store.models import Account, Stakeholder


def people_on_map(window) -> set[str]:
    scene = window.view("map").view.scene()
    return {item.person.name for item in scene.items() if isinstance(item, PersonItem)}


def names_of(account_id: int) -> set[str]:
    return {s.name for s in Stakeholder.select(Stakeholder.name).where(Stakeholder.account == account_id)}


def test_map_as_last_view_shows_the_first_accounts_people(qtbot, demo_db, data_dir, tmp_path):
    isolate_settings(tmp_path)
    QSettings().setValue("window/view", "map")
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    assert window.current_view() == "map"
    account_id = window.view("map").account_id
    assert account_id is not None
    first = min(Account.select(), key=lambda a: a.name.lower())
    assert account_id == first.id
    shown = people_on_map(window)
    assert shown and shown <= names_of(account_id)


def test_map_reopens_on_the_account_last_shown(qtbot, demo_db, data_dir, tmp_path):
    isolate_settings(tmp_path)
    first = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(first)
    first.show()
    chosen = max((a for a in Account.select() if names_of(a.id)), key=lambda a: a.name.lower())
    first.show_account(chosen.id)
    first.show_view("map")
    first.close()

    second = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(second)
    second.show()
    assert second.current_view() == "map"
    assert second.view("map").account_id == chosen.id
    assert people_on_map(second) == names_of(chosen.id)
    # The Accounts view, opened later, is on the same account.
    assert second.view("accounts").account_id == chosen.id


def test_an_account_gone_since_falls_back_to_the_first(qtbot, demo_db, data_dir, tmp_path):
    isolate_settings(tmp_path)
    QSettings().setValue("window/view", "accounts")
    QSettings().setValue("window/account", 999999)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    first = min((a for a in Account.select() if not a.archived), key=lambda a: a.name.lower())
    assert window.view("accounts").account_id == first.id


def test_first_frame_is_announced_once_after_homes_list_painted(qtbot, demo_db, data_dir, tmp_path):
    """The start checks and the backup wait for the frame with the user's
    data: started at the window's first (empty) paint, they took a core and
    the disk from Home's reading."""
    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    home = window.view("home")
    assert home.waiting_for_content()
    frames = []
    painted_rows = []
    watcher = PaintedRows(home, painted_rows)
    home.table.viewport().installEventFilter(watcher)
    window.first_frame.connect(lambda: frames.append((window.isVisible(), bool(painted_rows))))
    with qtbot.waitSignal(window.first_frame, timeout=10000):
        window.show()
    window.repaint()
    qtbot.wait(50)
    assert frames == [(True, True)]
    assert not home.waiting_for_content()


class PaintedRows(QObject):
    """Notes each paint of Home's list that had rows to show."""

    def __init__(self, home, notes):
        super().__init__()
        self.home, self.notes = home, notes

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint and self.home.model.rowCount():
            self.notes.append(True)
        return False


def test_first_frame_is_announced_when_home_has_nothing_to_show(qtbot, db, data_dir, tmp_path):
    """Everything dismissed: Home's empty list, once read, is its content;
    the start checks must not wait for rows."""
    from relapp.services import attention
    from relapp.services.accounts import create_account

    create_account(name="Quiet Ltd")
    for item in attention.attention_list():
        attention.dismiss(item.key)
    assert not attention.attention_list()
    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame, timeout=10000):
        window.show()
    home = window.view("home")
    assert home.model.rowCount() == 0 and not home.loading


def test_map_opened_from_home_shows_the_first_accounts_people(qtbot, demo_db, data_dir, tmp_path):
    """Started on Home, a click on Map used to give a blank map with an empty
    account chooser: no account had been chosen yet."""
    from PySide6.QtCore import Qt

    isolate_settings(tmp_path)
    QSettings().setValue("window/view", "home")
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    assert window.current_view() == "home"
    sidebar = window.sidebar
    item = next(sidebar.item(i) for i in range(sidebar.count()) if sidebar.item(i).text().replace("&", "") == "Map")
    qtbot.mouseClick(sidebar.viewport(), Qt.LeftButton, pos=sidebar.visualItemRect(item).center())
    assert window.current_view() == "map"
    first = min((a for a in Account.select() if not a.archived), key=lambda a: a.name.lower())
    assert window.view("map").account_id == first.id
    assert people_on_map(window) == names_of(first.id)
    assert window.view("map").account_choice.currentData() == first.id


def test_home_starts_reading_before_the_rest_of_the_window_is_built(qtbot, demo_db, data_dir, tmp_path,
                                                                    monkeypatch):
    """Opening on Home, the list's reading starts before the window builds
    its sidebar, menus and views around it (the first widgets of a start
    load fonts and style for about 100 ms, time the reading can use), and
    its rows still arrive."""
    from relapp.gui.home import home_view

    isolate_settings(tmp_path)
    started = []
    original = home_view.run_in_background

    def noting(work, *, parent, **kwargs):
        window = parent.parent()
        started.append((isinstance(window, MainWindow), hasattr(window, "sidebar"), hasattr(parent, "table")))
        return original(work, parent=parent, **kwargs)

    monkeypatch.setattr(home_view, "run_in_background", noting)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    assert started == [(True, False, False)]
    home = window.view("home")
    assert window.stack.currentWidget() is home
    qtbot.waitUntil(lambda: home.model.rowCount() > 0, timeout=10000)


START_ON_HOME = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from relapp.gui.application import create_application
from relapp.gui.main_window import MainWindow
from relapp.services.accounts import create_account
from relapp.services.commitments import add_commitment
from relapp.services.people import create_stakeholder
from relapp.services.session import open_data_dir, owned_data

app = create_application([])
data = Path(sys.argv[1])
database = open_data_dir(data)
account = create_account(name="Acme")
person = create_stakeholder(account=account.id, name="Ada")
add_commitment(stakeholder=person.id, description="Send the offer", due="2020-01-01")
window = MainWindow(data, owned_data(database))
window.show()
home = window.view("home")
home.content_shown.connect(app.quit)
QTimer.singleShot(20000, app.quit)
app.exec()
print(home.model.rowCount())
print(sorted(m for m in sys.modules if m.startswith("relapp.gui.forms") or m == "PySide6.QtUiTools"))
"""


def test_a_start_on_home_loads_no_form_before_its_first_content(tmp_path):
    """The quick entry and the record forms (and Qt's form loader under
    them) are imported when first opened, not before the window's first
    frame, which never shows them."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", START_ON_HOME, str(tmp_path / "data")], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    rows, modules = result.stdout.splitlines()[-2:]
    assert int(rows) > 0  # Home's list painted, the overdue promise in it
    assert modules == "[]"



def test_home_with_accounts_builds_no_welcome_page(qtbot, demo_db, data_dir, tmp_path):
    """The welcome page is built when first shown, with no account: on data
    with accounts a start never shows it."""
    from PySide6.QtWidgets import QPushButton

    isolate_settings(tmp_path)
    window = MainWindow(data_dir, data_open_now())
    qtbot.addWidget(window)
    window.show()
    home = window.view("home")
    qtbot.waitUntil(lambda: home.model.rowCount() > 0, timeout=10000)
    buttons = {button.text() for button in home.findChildren(QPushButton)}
    assert "Open" in buttons and "Explore the demo data" not in buttons
    assert home.stack.count() == 1
