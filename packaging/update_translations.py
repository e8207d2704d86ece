"""Refresh the translation catalogues, and compile them when asked.

    python packaging/update_translations.py            # update resources/translations/*.ts
    python packaging/update_translations.py --release  # compile every .ts to .qm (bundle and release builds)

``pyside6-lupdate`` collects every ``tr()`` string from relapp/**/*.py and the
Designer forms ui/*.ui into ``relapp_<lang>.ts``, keeping the translations
already made and dropping those of texts the code no longer has (git keeps
them).  Translators edit the .ts with Qt Linguist; every text needs its
translation before it lands (tests/test_packaging.py).  The .qm files are
build output and never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("de",)
ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "relapp").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def update() -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in LANGUAGES:
        ts = CATALOGUES / f"relapp_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-target-language", lang,
                        "-no-obsolete", *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release(out_dir: Path = CATALOGUES) -> list[Path]:
    """Compile every catalogue to ``out_dir/relapp_<lang>.qm`` (default: next
    to the .ts, where a checkout and the wheel build pick it up)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(CATALOGUES.glob("relapp_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="compile the .ts catalogues to .qm")
    args = parser.parse_args()
    if args.release:
        for qm in release():
            print(qm.relative_to(ROOT))
    else:
        update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
