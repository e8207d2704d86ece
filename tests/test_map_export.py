"""``relapp export map`` through a real process; the SVG keeps names as text."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

SVG = "{http://www.w3.org/2000/svg}"


def relapp(data_dir, *args, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop("RELAPP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "data"
    result = relapp(path, "demo", "--size", "small", "--no-open")
    assert result.returncode == 0, result.stderr
    accounts = json.loads(relapp(path, "accounts", "--json").stdout)
    return path, accounts[0]["name"]


def names_of(data_dir, account):
    with sqlite3.connect(data_dir / "relapp.sqlite3") as con:
        people = [n for (n,) in con.execute("SELECT s.name FROM stakeholder s JOIN account a ON a.id = s.account_id "
                                            "WHERE a.name = ?", [account])]
        ours = [n for (n,) in con.execute(
            "SELECT DISTINCT m.name FROM team_member m JOIN tie t ON t.member_id = m.id "
            "JOIN stakeholder s ON s.id = t.stakeholder_id JOIN account a ON a.id = s.account_id "
            "WHERE a.name = ?", [account])]
    return people, ours


@pytest.mark.parametrize("layout", ["org", "grid", "teams"])
def test_svg_has_every_name_as_text(demo, tmp_path, layout):
    data_dir, account = demo
    out = tmp_path / f"map-{layout}.svg"
    result = relapp(data_dir, "export", "map", account, "--layout", layout, "--format", "svg", "-o", str(out))
    assert result.returncode == 0, result.stderr
    tree = ET.parse(out)
    texts = {"".join(t.itertext()).strip() for t in tree.iter(f"{SVG}text")}
    people, ours = names_of(data_dir, account)
    assert len(people) == 15
    assert set(people) <= texts
    if layout == "teams":
        assert ours and set(ours) <= texts
    assert not list(tree.iter(f"{SVG}image"))  # drawn, not pasted in as bitmaps
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)


def test_png_export(demo, tmp_path):
    data_dir, account = demo
    out = tmp_path / "map.png"
    result = relapp(data_dir, "export", "map", account, "--layout", "grid", "--format", "png", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")
    assert width >= 1200


def test_unknown_account_is_one_clear_line(demo, tmp_path):
    data_dir, _ = demo
    result = relapp(data_dir, "export", "map", "No Such Company", "-o", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "No Such Company" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_command_speaks_english_on_a_german_system(demo, tmp_path):
    # The command line's words are English (its brief, its messages); the
    # map it drew for a brief or an export came out German on a German
    # system, headings and legend, beside the English rest.
    from relapp.gui.translations import lrelease

    if lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed: no German catalogue to leave out")
    data_dir, account = demo
    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de",
              "XDG_CACHE_HOME": str(tmp_path / "cache")}  # where the catalogue is compiled from its source
    out = tmp_path / "map.svg"
    result = relapp(data_dir, "export", "map", account, "--layout", "teams", "--format", "svg", "-o", str(out),
                    env_extra=german)
    assert result.returncode == 0, result.stderr
    texts = {"".join(t.itertext()).strip() for t in ET.parse(out).iter(f"{SVG}text")}
    assert {"Their people", "Our team"} <= texts
    assert not texts & {"Ihre Leute", "Unser Team", "Fürsprecher"}
