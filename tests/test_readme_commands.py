"""Every command the README gives as an example runs as written on the demo.

Examples are the ``relapp …`` lines of its code blocks and the inline
``relapp …`` spans that hold a whole command; spans with placeholders
(``FILE``, ``[--json]``, ``png|svg``) or that name a command without its
arguments (``relapp add promise``) are syntax, and are checked to name a
real command and real options instead.  Examples that open the window
(``relapp --quick-entry``) are checked to parse: nobody is there to close it.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
PLACEHOLDER = re.compile(r"\[|\\\||\b[A-Z]{3,}\b|\bY{4}-")
# Commands that only work with the optional encryption library; without it they must say so in one line.
NEEDS_ENCRYPTION = ("relapp encrypt", "relapp decrypt")


def readme_commands() -> tuple[list[str], list[str]]:
    """(examples, syntax lines) in the README's order."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"^```\w*\n(.*?)^```", text, re.M | re.S)
    blocks += re.findall(r"(?:^    \S.*\n)+", text, re.M)
    examples, syntax = [], []
    for block in blocks:
        for line in block.splitlines():
            for part in line.strip().split("&&"):
                if part.strip().startswith("relapp "):
                    examples.append(part.strip())
    for span in re.findall(r"`(relapp(?: [^`]*)?)`", text.replace("\n", " ")):
        if span.startswith("relapp ") and span.split()[1][0] in "-abcdefghijklmnopqrstuvwxyz":
            whole = not PLACEHOLDER.search(span) and parsed(span) is not None
            (examples if whole else syntax).append(span)
    return list(dict.fromkeys(examples)), list(dict.fromkeys(syntax))


def parsed(command: str):
    """The command's parsed arguments, or None when it is not a whole command."""
    from relapp.cli.main import build_parser

    try:
        return build_parser().parse_args(shlex.split(command)[1:])
    except SystemExit:
        return None


def run(command: str, cwd: Path, data_dir: Path) -> subprocess.CompletedProcess:
    argv = shlex.split(command)
    if argv[:2] == ["relapp", "demo"]:
        argv.append("--no-open")  # nobody is there to close the window
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAPP_DATA_DIR=str(data_dir),
               RELAPP_PASSPHRASE="a readme passphrase")
    return subprocess.run([sys.executable, "-m", "relapp", *argv[1:]], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180, stdin=subprocess.DEVNULL)


def test_the_readme_has_examples_of_the_main_commands():
    examples, syntax = readme_commands()
    assert any(e.startswith("relapp export brief") and "--attendees" in e for e in examples)
    assert any(e.startswith("relapp demo") for e in examples)
    assert len(syntax) >= 15


@pytest.mark.slow
def test_every_readme_example_runs_as_written_on_the_demo(tmp_path):
    examples, _ = readme_commands()
    examples.sort(key=lambda e: not e.startswith("relapp demo"))  # the demo first: the others need its data
    data_dir = tmp_path / "data"
    for command in examples:
        args = parsed(command)
        assert args is not None, command
        if args.command is None:
            continue  # it opens the window: parsing is what can be checked here
        result = run(command, tmp_path, data_dir)
        if command in NEEDS_ENCRYPTION and "relapp[encryption]" in result.stderr:
            continue  # the optional library is not installed here, and the command said so
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        assert "error" not in result.stderr.lower(), f"{command}\n{result.stderr}"
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "promises.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_every_syntax_line_names_real_options():
    from relapp.cli.main import build_parser

    parser = build_parser()
    _, syntax = readme_commands()
    for line in syntax:
        words = shlex.split(line.replace("\\|", "|"))[1:]
        while words[:1] and words[0] in ("--data-dir", "--database"):  # global options before the command
            words = words[2:]
        command = parser
        for word in words:  # walk down to the sub-command the line describes
            choices = next((a.choices for a in command._actions if a.choices and isinstance(a.choices, dict)), {})
            if word not in choices:
                break
            command = choices[word]
        options = {opt for action in command._actions for opt in action.option_strings}
        written = set(re.findall(r"(?:^|[\s\[])(--?[a-z][\w-]*)", line))
        assert written <= options, f"{line}: {written - options} not accepted"


def test_the_demos_people_are_the_same_whatever_the_day(tmp_path):
    """The README names demo people; they must be there on any day the demo is built."""
    import datetime as dt

    from relapp.services.demo import build_demo
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db
    from relapp.store.models import Entry, Stakeholder

    seen = []
    for day in (dt.date(2026, 6, 15), dt.date(2027, 2, 3)):
        open_data_dir(tmp_path / day.isoformat())
        try:
            build_demo("small", seed=1, today=day)
            seen.append(([s.name for s in Stakeholder.select().order_by(Stakeholder.id)],
                         [e.day for e in Entry.select().order_by(Entry.id).limit(20)]))
        finally:
            close_db()
    (names_1, days_1), (names_2, days_2) = seen
    assert names_1 == names_2
    assert days_1 != days_2  # the dates still follow the day it is built on
