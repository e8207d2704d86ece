"""Shared set-up: headless Qt, a fresh database file per test."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs of the tests (and of the commands they start) never land in the
# user's log directory.
if "RELAPP_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["RELAPP_LOG_DIR"] = tempfile.mkdtemp(prefix="relapp-test-logs-")

import pytest  # noqa: E402

from relapp.store.database import close_db  # noqa: E402

from demo_day import TODAY  # noqa: E402,F401  (fixtures below build the demo for it)


def pytest_configure(config):
    """Hypothesis's deadline per example is a timed assertion, which this
    suite never makes: on a loaded 2-core machine an example that takes
    15 ms alone took 280 ms and failed a test of date ticks for nothing.
    The examples' count stays each test's own choice."""
    from hypothesis import settings

    settings.register_profile("relapp", deadline=None)
    settings.load_profile("relapp")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """``-n auto`` (pyproject's addopts): see worker_count."""
    from worker_count import auto_workers

    return auto_workers()


@pytest.fixture(autouse=True)
def no_data_left_open():
    """Each test starts with no data open: what a test opened and left open
    is closed after it (after its background work, whose fixture is set up
    later and so ends first), as the next process would find it; opening
    data while other data is open is refused (``DataStillOpenError``)."""
    yield
    close_db()


@pytest.fixture(autouse=True)
def dialog_errors():
    """Fail the test when a dialog driver (gui_helpers.on_next_dialog) failed."""
    from gui_helpers import DIALOG_ERRORS, TEST_GENERATION

    DIALOG_ERRORS.clear()
    TEST_GENERATION[0] += 1
    yield
    TEST_GENERATION[0] += 1
    if DIALOG_ERRORS:
        errors = list(DIALOG_ERRORS)
        DIALOG_ERRORS.clear()
        raise errors[0]


@pytest.fixture(autouse=True)
def background_work_finishes():
    """Work a test started in the background ends with the test.  A worker
    still reading when the next test binds its own database opens a
    connection to that file; seen in CI: Home's loader kept one open while
    the next test damaged its file on purpose, and closing it checkpointed
    the WAL back over the damage."""
    yield
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    QThreadPool.globalInstance().waitForDone(30000)
    # Views with a pool of their own (Home's loader).
    from shiboken6 import isValid

    for widget in QApplication.topLevelWidgets():
        if not isValid(widget):
            continue  # deleted while the list was made (a menu closing)
        for pool in widget.findChildren(QThreadPool):
            pool.waitForDone(30000)
    # Widgets the test closed go now, with their timers: a view's timer
    # firing in the next test would query data that is closed by then
    # (and fail: "no data is open").
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the whole run (``postgres_cluster.PostgresServer``):
    the one named by RELAPP_TEST_POSTGRES_URL, else a throwaway cluster
    started here and stopped at the end.  Where PostgreSQL (or psycopg) is
    missing the tests that need it skip, saying why, unless
    RELAPP_TEST_POSTGRES=require (CI), where they fail."""
    import postgres_cluster

    required = os.environ.get("RELAPP_TEST_POSTGRES", "") == "require"
    given = os.environ.get("RELAPP_TEST_POSTGRES_URL")
    cluster = None
    try:
        import psycopg  # noqa: F401  (the driver the store speaks PostgreSQL through)

        if not given:
            cluster = postgres_cluster.start_temporary()
    except (ImportError, postgres_cluster.ClusterUnavailable) as exc:
        reason = f"no PostgreSQL for the tests: {exc}"
        if required:
            pytest.fail(reason + " (RELAPP_TEST_POSTGRES=require)", pytrace=False)
        pytest.skip(reason)
    try:
        yield postgres_cluster.PostgresServer(given or cluster.url)
    finally:
        if cluster is not None:
            postgres_cluster.remove(cluster)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh empty PostgreSQL database of this test's own:
    ``postgresql://postgres@/DB?host=SOCKETDIR``; dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty data directory; RELAPP_DATA_DIR points at it so nothing a
    test does can reach the user's real data."""
    path = tmp_path / "data"
    monkeypatch.setenv("RELAPP_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return path


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def engine(request):
    """Which database engine ``db`` (and all built on it) is: every test of
    the store, services and commands runs on both.  Tests marked
    ``sqlite_only`` (about SQLite files themselves: backups, encryption,
    WAL, damage, locks, fixtures) and tests that drive widgets (the window
    opens data folders only, so far) run on SQLite alone."""
    return request.param


@pytest.fixture
def db(data_dir, engine, request, monkeypatch):
    """The data bound to the models, with the current schema: a real SQLite
    file in ``data_dir``, or a fresh PostgreSQL database (then
    RELAPP_DATABASE names it, so ``relapp`` commands the test runs use it
    too)."""
    from relapp.services.session import open_data_dir, open_team_database

    if engine == "postgresql":
        url = request.getfixturevalue("postgres_url")
        monkeypatch.setenv("RELAPP_DATABASE", url)
        database = open_team_database(url)
    else:
        database = open_data_dir(data_dir)
    yield database
    close_db()


@pytest.fixture
def reopen(db):
    """Close the test's data and open it again, on its engine: what the next
    process would find."""
    from pathlib import Path

    from relapp.services.session import open_data

    def again():
        location = getattr(db, "url", None) or Path(db.database).parent
        close_db()
        return open_data(location)

    return again


def pytest_collection_modifyitems(config, items):
    """The PostgreSQL variant of a test that is SQLite's alone is not run."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("engine") == "postgresql"
        widgets = "qtbot" in getattr(item, "fixturenames", ())
        (dropped if on_postgres and (widgets or item.get_closest_marker("sqlite_only")) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def demo_db(db):
    """The small demo, built for a fixed day so expectations are stable."""
    from relapp.services.demo import build_demo

    build_demo("small", seed=1, today=TODAY)
    return db


@pytest.fixture
def german(qapp, tmp_path):
    """The window in German: the catalogue compiled from the .ts and
    installed for the test (removed after it)."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale, QTranslator

    from relapp.gui.translations import install_translator

    packaging = str(Path(__file__).resolve().parent.parent / "packaging")
    sys.path.insert(0, packaging)
    try:
        import update_translations
    finally:
        sys.path.remove(packaging)
    try:
        update_translations.release(tmp_path / "qm")
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    assert install_translator(qapp, QLocale(QLocale.Language.German), folder=tmp_path / "qm") is not None
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
