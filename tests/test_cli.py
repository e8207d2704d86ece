"""The command line as other tools use it: through a real process."""

import json
import os
import subprocess
import sys

import pytest


def relapp(*args, env_extra=None, data_dir=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RELAPP_DATA_DIR", None)
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "relapp"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "data"
    result = relapp("demo", "--size", "small", "--no-open", data_dir=path)
    assert result.returncode == 0, result.stderr
    return path


def test_version():
    result = relapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("relapp ")
    assert result.stdout.strip().split()[1].count(".") == 2


def test_check_is_ok_on_the_demo(demo_dir):
    result = relapp("check", data_dir=demo_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("ok")


def test_accounts_json_has_the_contract_keys_and_all_four_models(demo_dir):
    result = relapp("accounts", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 8
    for r in records:
        assert {"name", "stakeholders", "entries", "balance", "contact_model", "coverage_gaps"} <= set(r)
        assert r["stakeholders"] == 15
    assert {r["contact_model"] for r in records} == {"bow tie", "one-on-many", "cotton reel", "diamond"}
    assert sum(r["entries"] for r in records) >= 1500


def test_accounts_table_is_readable(demo_dir):
    result = relapp("accounts", data_dir=demo_dir)
    assert result.returncode == 0
    assert "Account" in result.stdout.splitlines()[0]
    assert len(result.stdout.splitlines()) == 9


def test_demo_refuses_a_directory_with_data_and_changes_nothing(demo_dir):
    db = demo_dir / "relapp.sqlite3"
    before = db.stat().st_mtime_ns, db.stat().st_size
    result = relapp("demo", "--no-open", data_dir=demo_dir)
    assert result.returncode != 0
    assert "already holds" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before


def test_demo_without_data_dir_never_touches_the_users_data(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    own = tmp_path / "xdg" / "Relapp"
    result = relapp("demo", "--no-open", env_extra=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg" / "Relapp-demo" / "relapp.sqlite3").exists()
    assert not own.exists()
    again = relapp("demo", "--no-open", env_extra=env)  # rebuilds, does not refuse
    assert again.returncode == 0, again.stderr


def test_check_reports_a_corrupt_file_in_one_line(tmp_path):
    data = tmp_path / "bad"
    data.mkdir()
    (data / "relapp.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = relapp("check", data_dir=data)
    assert result.returncode == 1
    assert len(result.stdout.strip().splitlines()) == 1
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reports_a_foreign_file(tmp_path):
    data = tmp_path / "foreign"
    data.mkdir()
    (data / "relapp.sqlite3").write_text("hello")
    result = relapp("check", data_dir=data)
    assert result.returncode == 1
    assert "not a Relapp database" in result.stdout


def test_bad_option_is_one_clear_line():
    result = relapp("accounts", "--colour")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("relapp: error:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_data_dir_from_environment(tmp_path):
    path = tmp_path / "env-data"
    result = relapp("demo", "--no-open", env_extra={"RELAPP_DATA_DIR": str(path)})
    assert result.returncode == 0, result.stderr
    assert (path / "relapp.sqlite3").exists()


def test_global_options_are_accepted_after_the_command_too(tmp_path):
    data = tmp_path / "after"
    result = relapp("demo", "--no-open", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert str(data) in result.stdout
    result = relapp("export", "journal", "--format", "csv", "-o", str(tmp_path / "j.csv"), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "j.csv").read_text(encoding="utf-8").count("\n") > 100


def test_a_data_dir_before_the_command_is_kept_when_none_follows_it(demo_dir):
    result = relapp("accounts", "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 8


def test_opening_the_window_reads_the_global_options_without_loading_any_command():
    # Loading every command's module took a third of the time to the first frame.
    code = ("import sys\n"
            "from relapp.cli.main import _window_arguments\n"
            "args = _window_arguments(['--data-dir', 'D', '--quick-entry'])\n"
            "print(args.data_dir, args.quick_entry, args.command, [m for m in sys.modules if m.endswith('_command')])\n"
            "print([_window_arguments(a) for a in (['demo'], ['--help'], ['--data-dir', 'D', 'accounts'], ['-x'])])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["D True None []", "[None, None, None, None]"]


def test_a_command_loads_its_own_module_alone(demo_dir):
    # Registering every command's module cost a quarter of a second before
    # any command started its work (the large demo's build among them).
    code = ("import sys\n"
            "from relapp.cli.main import _named_command, main\n"
            "print([_named_command(a) for a in (['--data-dir', 'X', 'accounts', '--json'], ['--database=U', 'demo'],"
            " ['-h', 'demo'], ['nosuch'], [])])\n"
            f"code = main(['--data-dir', {str(demo_dir)!r}, 'accounts', '--json'])\n"
            "print(code, sorted(m for m in sys.modules if m.endswith('_command')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "['accounts', 'demo', None, None, None]"
    assert lines[-1] == "0 ['relapp.cli.accounts_command']"
    unknown = relapp("nosuch")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr and "accounts" in unknown.stderr


def test_help_says_which_command_opens_the_window_and_explains_the_demo_options():
    assert "without a command, relapp opens the window" in relapp("--help").stdout.lower()
    demo_help = " ".join(relapp("demo", "--help").stdout.split())
    assert "small: 8 accounts" in demo_help
    assert "--seed N another number gives other" in demo_help


def test_exports_print_no_qt_platform_noise(demo_dir, tmp_path):
    result = relapp("export", "chart", "Alderbrook Freight", "--format", "png", "-o", str(tmp_path / "c.png"),
                    data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_reader_that_stops_reading_ends_the_command_quietly(demo_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "relapp", "--data-dir", str(demo_dir), "attention"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()  # like `| head -1` having read its line: every write now fails
    stderr = process.stderr.read()
    process.wait(timeout=120)
    assert stderr == b""
    assert process.returncode == 141
