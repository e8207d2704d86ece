"""Every command against a team database (PostgreSQL): the demo, push,
the full dump and backup, and what an unreachable server or a missing
driver says."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def relapp(*args, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("RELAPP_DATA_DIR", "RELAPP_DATABASE"):
        env.pop(name, None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "relapp", *args], capture_output=True, text=True, env=env,
                          timeout=180)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def _dump(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


@pytest.fixture
def local_demo(tmp_path):
    folder = tmp_path / "local"
    ok(relapp("--data-dir", str(folder), "demo", "--no-open"))
    return folder


def test_the_demo_on_a_team_database_has_the_accounts_of_the_same_demo_on_sqlite(postgres_url, local_demo):
    ok(relapp("--database", postgres_url, "demo", "--no-open"))
    on_server = json.loads(ok(relapp("--database", postgres_url, "accounts", "--json")))
    on_file = json.loads(ok(relapp("--data-dir", str(local_demo), "accounts", "--json")))
    assert len(on_server) >= 5
    assert on_server == on_file
    refused = relapp("--database", postgres_url, "demo", "--no-open")
    assert refused.returncode != 0 and "already holds" in refused.stderr


def test_push_copies_into_an_empty_team_database_only_and_its_dump_equals_sqlites(postgres_url, local_demo,
                                                                                     tmp_path):
    pushed = ok(relapp("--database", postgres_url, "push", str(local_demo)))
    ok(relapp("--data-dir", str(local_demo), "export", "all", "--format", "json", "-o", str(tmp_path / "x.json")))
    entries = len(_dump(tmp_path / "x.json")["tables"]["entry"]["rows"])
    assert any(line.split() == ["entry", str(entries)] for line in pushed.splitlines()), pushed
    again = relapp("--database", postgres_url, "push", str(local_demo))
    assert again.returncode != 0 and "already holds data" in again.stderr and "Traceback" not in again.stderr
    # The planner has statistics for what was just loaded (without them the
    # first window planned Home's people query as whole-table scans per person).
    import psycopg

    with psycopg.connect(postgres_url) as connection:
        analysed = {table for (table,) in connection.execute(
            "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public'"
            " AND tablename IN ('entry', 'entry_stakeholder', 'stakeholder')")}
    assert analysed == {"entry", "entry_stakeholder", "stakeholder"}

    ok(relapp("--database", postgres_url, "export", "all", "--format", "json", "-o", str(tmp_path / "team.json")))
    assert _dump(tmp_path / "team.json") == _dump(tmp_path / "x.json")
    # ...and it goes back into a local folder, whole.
    back = tmp_path / "back"
    ok(relapp("--data-dir", str(back), "import", str(tmp_path / "team.json")))
    ok(relapp("--data-dir", str(back), "export", "all", "--format", "json", "-o", str(tmp_path / "back.json")))
    assert _dump(tmp_path / "back.json") == _dump(tmp_path / "x.json")

    ok(relapp("--database", postgres_url, "backup", "-o", str(tmp_path / "backup.json")))
    assert _dump(tmp_path / "backup.json") == _dump(tmp_path / "x.json")


def test_an_entry_added_on_the_team_database_is_there_for_the_next_command(postgres_url, local_demo):
    ok(relapp("--database", postgres_url, "push", str(local_demo)))
    account = json.loads(ok(relapp("--database", postgres_url, "accounts", "--json")))[0]["name"]
    entry_id = int(ok(relapp("--database", postgres_url, "add", "entry", account, "--title", "Board dinner",
                             "--value", "3")))
    found = ok(relapp("--database", postgres_url, "search", "board dinner", "--json"))
    assert str(entry_id) in found


def test_an_unreachable_server_is_one_line_and_gives_back_what_was_typed(tmp_path):
    url = f"postgresql://nobody@/nowhere?host={tmp_path}"  # no server listens there
    result = relapp("--database", url, "add", "entry", "Acme", "--title", "Lunch with Pat", "--value", "2")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot be reached" in lines[0] and "Lunch with Pat" in lines[0]
    listing = relapp("--database", url, "accounts")
    assert listing.returncode != 0 and len(listing.stderr.strip().splitlines()) == 1


def test_a_folder_given_on_the_command_line_wins_over_the_environments_team_database(tmp_path):
    folder = tmp_path / "mine"
    result = relapp("--data-dir", str(folder), "accounts",
                    env_extra={"RELAPP_DATABASE": f"postgresql://nobody@/nowhere?host={tmp_path}"})
    assert result.returncode == 0, result.stderr


def test_without_the_driver_the_option_names_the_extra_to_install(tmp_path):
    code = ("import sys; sys.modules['psycopg'] = None; from relapp.cli.main import main; "
            f"sys.exit(main(['--database', 'postgresql://x@/y?host={tmp_path}', 'accounts']))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "relapp[team]" in result.stderr and "Traceback" not in result.stderr


def test_the_window_never_opens_local_data_in_place_of_a_team_database(tmp_path):
    result = relapp("--database", f"postgresql://nobody@/nowhere?host={tmp_path}")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "team database" in result.stderr


@pytest.mark.parametrize("command", [["check"], ["backups"], ["restore", "x.sqlite3"], ["encrypt"], ["decrypt"]])
def test_commands_about_a_folders_file_refuse_a_team_database(command, tmp_path):
    result = relapp(*command, env_extra={"RELAPP_DATABASE": f"postgresql://nobody@/nowhere?host={tmp_path}"})
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "data folder" in result.stderr
