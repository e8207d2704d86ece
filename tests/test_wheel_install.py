"""The wheel carries everything Relapp loads at run time.

Build an sdist and, from it, the wheel (as ``python -m build`` does), install
the wheel into a fresh virtual environment outside the checkout, and run the
installed ``relapp`` from an empty working directory.  Anything read from the
checkout instead of the package would fail here.

The venv sees the base environment's site-packages so PySide6 and friends need
no download; the wheel itself goes in with ``--no-deps`` and the test checks
that the ``relapp`` the venv imports really is the wheel's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _clean_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _can_build_without_isolation() -> bool:
    """True when this environment already has the build backend pyproject.toml asks for."""
    try:
        setuptools_major = int(metadata.version("setuptools").split(".")[0])
        metadata.version("wheel")
    except (metadata.PackageNotFoundError, ValueError):
        return False
    return setuptools_major >= 77


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    # Build from a copy so the checkout gets no build/ or egg-info litter.
    src = tmp_path_factory.mktemp("src") / "relapp"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "*.whl"))
    command = [sys.executable, "-m", "build", "--outdir", str(out), str(src)]
    if _can_build_without_isolation():
        command.insert(3, "--no-isolation")  # offline and faster: the base environment has the backend
    proc = subprocess.run(command, capture_output=True, text=True, env=_clean_env())
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheel, = out.glob("relapp-*.whl")
    sdist, = out.glob("relapp-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def _see_running_environment(python: Path) -> None:
    if sys.prefix == sys.base_prefix:
        return
    site_dir = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              capture_output=True, text=True, check=True, env=_clean_env()).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site_dir, "running-environment.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> Path:
    """The bin/ (Scripts/) folder of a venv holding the wheel."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    # system_site_packages shows the *base* interpreter's packages; when the
    # tests themselves run in a virtual environment, PySide6 and friends live
    # in that environment instead, so point the new venv at it with a .pth file
    # (added after the venv's own site-packages, so the wheel's relapp wins).
    _see_running_environment(python)
    # The base environment's pip installs into the venv (--python, pip >= 22.3),
    # so creating the venv stays fast and needs no pip of its own.
    # --ignore-installed: when CI has installed relapp itself into the base
    # environment (same version, visible through system site-packages), pip
    # would otherwise call the requirement satisfied and install nothing.
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                           "--ignore-installed", "--no-index", "--disable-pip-version-check", "-q",
                           str(dists["wheel"])],
                          capture_output=True, text=True, env=_clean_env())
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return bindir


def test_wheel_carries_forms_and_resources(dists):
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    for ui in (ROOT / "ui").glob("*.ui"):
        assert f"relapp/ui/{ui.name}" in names
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm":
            assert f"relapp/resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names
    assert not any(n.startswith(("ui/", "resources/", "tests/")) for n in names), "no generic top-level packages"


def test_sdist_carries_what_the_bundle_and_tests_need(dists):
    names = {n.split("/", 1)[1] for n in tarfile.open(dists["sdist"]).getnames() if "/" in n}
    for needed in ("setup.py", "MANIFEST.in", "ui/quick_entry.ui", "resources/demo/words.json",
                   "packaging/relapp.spec", "packaging/icons/relapp.svg", "tests/test_wheel_install.py"):
        assert needed in names, needed


def test_gui_script_is_declared(dists):
    with zipfile.ZipFile(dists["wheel"]) as whl:
        entry_points = whl.read("relapp-0.1.0.dist-info/entry_points.txt").decode()
    assert "[gui_scripts]" in entry_points
    assert "relapp-gui = relapp.gui.launch:main" in entry_points
    assert "relapp = relapp.cli.main:main" in entry_points


def test_installed_relapp_runs_from_anywhere(installed, tmp_path):
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess:
        exe = shutil.which(args[0], path=str(installed))
        assert exe, f"{args[0]} was not installed into the venv"
        proc = subprocess.run([exe, *args[1:]], cwd=cwd, capture_output=True, text=True, env=_clean_env(), timeout=120)
        assert proc.returncode == 0, f"{args}: {proc.stdout}\n{proc.stderr}"
        return proc

    python = shutil.which("python", path=str(installed))
    where = run(python, "-c", "import relapp, relapp.assets as a; print(relapp.__file__); print(a.ui_form('quick_entry'))")
    module_file, form = (Path(line) for line in where.stdout.split())
    assert installed.parent in module_file.parents, f"imported {module_file}, not the wheel's relapp"
    assert installed.parent in form.parents

    assert shutil.which("relapp-gui", path=str(installed)), "the gui-script launcher is installed"
    assert run("relapp", "--version").stdout.strip() == "relapp 0.1.0"
    run("relapp", "--data-dir", str(data), "demo", "--no-open")
    accounts = json.loads(run("relapp", "--data-dir", str(data), "accounts", "--json").stdout)
    assert len(accounts) >= 3
    chart = tmp_path / "chart.png"
    run("relapp", "--data-dir", str(data), "export", "chart", accounts[0]["name"], "--format", "png", "-o", str(chart))
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert run("relapp", "--data-dir", str(data), "check").returncode == 0
    assert not list(cwd.iterdir()), "nothing is written to the working directory"
