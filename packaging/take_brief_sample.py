"""The sample board brief: the small demo's next board meeting exported as
PDF through the real command line, and its first pages as PNG.

    python packaging/take_brief_sample.py

Builds the demo in a temporary directory (never the user's data), runs
``relapp export brief`` for the first upcoming meeting's attendees, writes
packaging/screenshots/brief-sample.pdf and brief-page-<n>.png (pdftoppm).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def relapp(data_dir: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), *args],
                            capture_output=True, text=True, env=env, check=False)
    if result.returncode:
        raise SystemExit(result.stderr)
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--pages", type=int, default=2, help="how many pages to turn into PNG")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # this checkout's relapp, not an installed one

    from relapp.services.meetings import upcoming_meetings
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        relapp(data, "demo", "--size", "small", "--no-open")
        open_data_dir(data)
        meeting = upcoming_meetings()[0]
        close_db()
        pdf = args.out / "brief-sample.pdf"
        print(relapp(data, "export", "brief", meeting.account, "--attendees", "; ".join(meeting.stakeholder_names),
                     "--date", meeting.day.isoformat(), "--format", "pdf", "-o", str(pdf)).strip())
        pages_as_png(pdf, args.out, "brief", args.pages)
    return 0


def pages_as_png(pdf: Path, out: Path, name: str, pages: int) -> None:
    """The first ``pages`` pages of ``pdf`` as out/<name>-page-<n>.png (pdftoppm)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", str(pages), str(pdf),
                        str(Path(tmp) / "page")], check=True)
        for number, page in enumerate(sorted(Path(tmp).glob("page-*.png")), start=1):
            shutil.copyfile(page, out / f"{name}-page-{number}.png")
            print(f"wrote {out / f'{name}-page-{number}.png'}")


if __name__ == "__main__":
    raise SystemExit(main())
