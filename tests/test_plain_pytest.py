"""Plain ``pytest`` (the script, which does not put the current folder on
``sys.path`` as ``python -m pytest`` does) tests this checkout's code, not a
relapp installed earlier: the two commands of the README test the same thing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import relapp

ROOT = Path(__file__).resolve().parent.parent


def test_the_relapp_under_test_is_this_checkouts():
    assert Path(relapp.__file__).resolve().parent == ROOT / "relapp"


def test_plain_pytest_imports_this_checkout_too():
    # -P: no current folder on sys.path, as when the ``pytest`` script starts.
    # -n0: one test needs no workers of its own (pyproject's addopts start one per core).
    done = subprocess.run([sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n0",
                           f"{Path(__file__).name}::test_the_relapp_under_test_is_this_checkouts"],
                          cwd=ROOT / "tests", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
