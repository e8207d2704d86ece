"""Relapp performance benchmarks, each figure beside a bare baseline measured
in the same run.  Not part of the test suite.

    python tests/benchmarks/run.py [--size small|large] [--runs N] [--json FILE] [--only GROUP ...]
    python tests/benchmarks/run.py --database postgresql://ADMIN@HOST/EMPTYDB [--seconds 60] [--size ...]

``--database`` measures a team database instead: the demo build, search and
the account list on that server, the window's figures (``window_bench.py
--database``: the same as on a data folder, each beside its bare baseline),
then the team load (``team_load.py``: ten client processes adding entries
and editing people for ``--seconds``).

``--only`` measures some groups of figures while working on them (demo, start, quit,
search, window, import); a run that leaves any out judges nothing.

Every figure is the median of at least five runs, each run of the figure
followed by a run of its baseline (A B A B), so drift on a shared machine
hits both.  Only ratios to the baselines are judged (absolute milliseconds
on a shared machine say little); the run exits non-zero when a target is
missed on the large demo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from window_bench import SEARCH_WORDS, p95, raw_search_ms  # noqa: E402 (after the path is set)

# (figure, its baseline, target).  The target is a ratio figure / baseline,
# except peak memory (MiB above the bare window's).
FIGURES = [
    ("cold_start_s", "bare_start_s", 1.3, "start to first content (s)", "bare window"),
    ("account_switch_p95_ms", "account_switch_bare_p95_ms", 1.5, "account switch p95 (ms)",
     "bare list, plot + table swap"),
    ("chart_redraw_p95_ms", "chart_redraw_bare_p95_ms", 1.5, "chart range change p95 (ms)", "bare pyqtgraph"),
    ("journal_scroll_max_frame_ms", "journal_scroll_bare_max_frame_ms", 1.2, "journal scroll worst frame (ms)",
     "bare table"),
    ("search_p95_ms", "search_raw_p95_ms", 1.0, "search as you type p95 (ms)", "raw FTS query"),
    ("find_p95_ms", "search_raw_p95_ms", 1.0, "find anything (Ctrl+K) p95 (ms)", "raw FTS query"),
    ("map_render_ms", "map_render_bare_ms", 2.0, "200-person map (ms)", "bare QGraphicsScene"),
    ("brief_pdf_ms", "brief_pdf_bare_ms", 1.5, "brief PDF (ms)", "bare QTextDocument print"),
    ("import_10k_vcards_s", "import_10k_vcards_raw_s", 1.5, "import 10,000 vCards (s)", "vobject parse alone"),
    ("demo_large_s", "demo_raw_s", 1.5, "demo build (s)", "raw executemany"),
    ("quit_s", "quit_bare_s", 2.0, "quit to process exit (s)", "bare window"),
    ("peak_rss_mib", "peak_rss_bare_mib", None, "peak memory (MiB)", "bare window"),
]
RSS_ALLOWANCE_MIB = 80
QUIT_LIMIT_S = 0.5
QUIT_PATIENCE_S = 10  # a process still there after this never ended by itself
GROUPS = ("demo", "start", "quit", "search", "window", "import")
RATIO_KEYS = {"cold_start_s": "cold_start_ratio", "demo_large_s": "demo_raw_ratio"}


# Settings of their own, so a user's saved window state (say, the journal
# as last view) never changes what a start measures.
SETTINGS = Path(tempfile.gettempdir()) / "relapp-bench-settings"


def env() -> dict:
    e = dict(os.environ)
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["XDG_CONFIG_HOME"] = str(SETTINGS)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def compile_bytecode() -> None:
    """Relapp's modules compiled to bytecode before any process is timed,
    as installing it does (pip compiles a wheel's modules, the bundle ships
    them compiled) and as a first run from a checkout leaves them.  Where
    ``PYTHONDONTWRITEBYTECODE`` is set (this project's machines set it) and
    nothing had compiled them, every start compiled the 114 modules it
    imports before its first content from source again (about 190 ms of
    CPU, a quarter of a start), while the bare window's pyqtgraph and numpy
    load compiled from site-packages.  The files go to ``__pycache__`` beside the sources, where
    Python looks for them; it still reads them with the variable set."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "relapp")], check=True,
                   env=env(), capture_output=True)


def run_window(cmd: list[str], timeout: float = 120) -> dict:
    """Start a window script and read its report: seconds until READY, the
    peak memory it printed (RSS), and with --quit the seconds from its QUIT
    line to the process's exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env(),
                            cwd=tempfile.gettempdir())
    found: dict = {}
    try:
        for line in proc.stdout:
            word, _, rest = line.strip().partition(" ")
            if word == "READY":
                found["ready_s"] = time.perf_counter() - start
            elif word == "RSS":
                found["rss_mib"] = float(rest)
            elif word == "QUIT":
                quit_start = time.perf_counter()
                proc.stdout.close()
                try:
                    proc.wait(timeout=QUIT_PATIENCE_S)
                    found["quit_s"] = time.perf_counter() - quit_start
                except subprocess.TimeoutExpired:
                    print(f"  {Path(cmd[1]).name} did not exit within {QUIT_PATIENCE_S} s of Quit", file=sys.stderr)
                break
        if "ready_s" not in found:
            raise RuntimeError(f"{cmd} ended without READY")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    return found


def build_demo(data_dir: Path, size: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), "demo", "--size", size,
                    "--no-open"], check=True, env=env(), capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def raw_insert_seconds(size: str, work: Path) -> float:
    """Baseline: the same rows the demo writes, inserted with raw sqlite3
    executemany into an empty schema without its triggers (generation not
    counted): the bare cost of the rows, where the demo also builds its
    full-text index."""
    from relapp.assets import read_json
    from relapp.services.demo import SIZES, _Generator
    from relapp.store.database import close_db, init_db

    path = work / "raw" / "relapp.sqlite3"
    init_db(path)
    close_db()
    rows = _Generator(SIZES[size], random.Random(f"1:{size}:raw"), read_json("demo", "words.json"),
                      dt.date.today(), names=random.Random(f"1:{size}:names")).generate()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{trigger}"')
    start = time.perf_counter()
    with con:
        for table, columns, values in rows:
            marks = ",".join("?" * len(columns))
            con.executemany(f'INSERT INTO "{table}" ({",".join(columns)}) VALUES ({marks})', values)
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed



def window_figures(data_dir: Path, rounds: int, *options: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / "window_bench.py"), str(data_dir), str(rounds), *options],
                         capture_output=True, text=True, env=env(), timeout=1800)
    if out.returncode != 0:
        print(out.stderr[-3000:], file=sys.stderr)
        return {}
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_figures(work: Path, rounds: int) -> dict:
    out = subprocess.run([sys.executable, str(HERE / "import_bench.py"), str(work / "import"), str(rounds)],
                         capture_output=True, text=True, env=env(), timeout=1800)
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
        return {}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=["small", "large"], default="large")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure and of its baseline (≥ 5 to judge)")
    parser.add_argument("--only", nargs="+", choices=GROUPS, default=list(GROUPS),
                        help="measure only these groups of figures (judges nothing)")
    parser.add_argument("--database", metavar="URL", help="measure this empty team database (PostgreSQL) instead")
    parser.add_argument("--seconds", type=float, default=60, help="how long the team load runs (with --database)")
    args = parser.parse_args()
    if args.database:
        return team_database_figures(args)
    work = Path(tempfile.mkdtemp(prefix="relapp-bench-"))
    # The machine's load beside the figures: a shared machine's other work
    # shows in the absolute numbers, far less in the ratios.
    machine = {"cpus": os.cpu_count(), "load_at_start": list(os.getloadavg()),
               "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    shutil.rmtree(SETTINGS, ignore_errors=True)
    compile_bytecode()
    runs: dict[str, list[float]] = {}

    def record(key: str, value) -> None:
        if value is not None:
            runs.setdefault(key, []).append(value)

    try:
        data = work / "data"
        if "demo" in args.only:
            for i in range(args.runs):
                target = data if i == 0 else work / "again"
                shutil.rmtree(work / "again", ignore_errors=True)
                record("demo_large_s", build_demo(target, args.size))
                shutil.rmtree(work / "raw", ignore_errors=True)
                record("demo_raw_s", raw_insert_seconds(args.size, work))
        elif set(args.only) - {"import"}:
            build_demo(data, args.size)

        if "start" in args.only:
            for _ in range(args.runs):
                record("cold_start_s",
                       run_window([sys.executable, str(HERE / "cold_start.py"), str(data)])["ready_s"])
                bare = run_window([sys.executable, str(HERE / "bare_window.py"), "--rss"])
                record("bare_start_s", bare["ready_s"])
                record("peak_rss_bare_mib", bare.get("rss_mib"))
        if "quit" in args.only:
            for _ in range(args.runs):
                record("quit_s", run_window([sys.executable, str(HERE / "cold_start.py"), str(data), "--quit"])
                       .get("quit_s"))
                record("quit_bare_s",
                       run_window([sys.executable, str(HERE / "bare_window.py"), "--quit"]).get("quit_s"))

        if "search" in args.only and "window" not in args.only:
            # Alone (--only search): the raw query by itself. With the window's
            # figures, window_bench takes it in each round right after the
            # window's search, on the same data (A B A B).
            for _ in range(args.runs):
                record("search_raw_p95_ms", p95(raw_search_ms(data / "relapp.sqlite3", SEARCH_WORDS)))

        if "window" in args.only:
            figures = window_figures(data, args.runs)
            for key, values in figures.get("runs", {}).items():
                runs[key] = values
            # The window's peak memory from the same rounds of work without
            # the baselines' bare widgets and documents in its process.
            record("peak_rss_mib", window_figures(data, args.runs, "--alone").get("peak_rss_mib"))
        if "import" in args.only:
            imports = import_figures(work, args.runs)
            runs["import_10k_vcards_s"] = imports.get("import", [])
            runs["import_10k_vcards_raw_s"] = imports.get("raw", [])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    machine["load_at_end"] = list(os.getloadavg())
    results: dict = {key: statistics.median(values) for key, values in runs.items() if values}
    for figure, baseline, *_ in FIGURES:
        results.setdefault(figure, None)
        results.setdefault(baseline, None)
    for figure, ratio_key in RATIO_KEYS.items():
        results[ratio_key] = ratio(results[figure], results[dict((f, b) for f, b, *_ in FIGURES)[figure]])

    judged = args.size == "large" and args.runs >= 5 and set(args.only) == set(GROUPS)
    print(f"\nRelapp benchmarks, {args.size} demo, {args.runs} runs each, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]} (figures of this machine, this run)\n"
          f"  load average (1, 5, 15 min) at start {fmt_load(machine['load_at_start'])}, "
          f"at end {fmt_load(machine['load_at_end'])}")
    print(f"  {'figure':33} {'median (min-max)':>24}   {'baseline median (min-max)':>30}  {'ratio':>6}  target")
    missed = []
    for figure, baseline, target, label, baseline_label in FIGURES:
        value, base = results[figure], results[baseline]
        if target is None:  # memory: an allowance above the bare window
            verdict_ok = value is not None and base is not None and value <= base + RSS_ALLOWANCE_MIB
            shown_ratio, shown_target = (f"+{value - base:.0f}" if value is not None and base is not None
                                         else "null"), f"≤ +{RSS_ALLOWANCE_MIB}"
        else:
            r = ratio(value, base)
            verdict_ok = r is not None and r <= target
            if figure == "quit_s":
                verdict_ok = verdict_ok and value <= QUIT_LIMIT_S
            shown_ratio = "null" if r is None else f"{r:.2f}"
            shown_target = f"≤ {target:g}" + (f" and ≤ {QUIT_LIMIT_S} s" if figure == "quit_s" else "")
        verdict = ("ok" if verdict_ok else "MISSED") if judged else ""
        if judged and not verdict_ok:
            missed.append(figure)
        print(f"  {label:33} {spread(runs.get(figure)):>24}   {baseline_label[:14]:>14} "
              f"{spread(runs.get(baseline)):>15}  {shown_ratio:>6}  {shown_target} {verdict}")
    if not judged:
        # On the small demo fixed costs dominate: the figures are a quick look.
        print("\n  (targets are judged on the large demo, every group, at least 5 runs: not judged on this run)")
    if args.json:
        Path(args.json).write_text(json.dumps({**results, "machine": machine, "runs": runs}, indent=2) + "\n",
                                   encoding="utf-8")
    if missed:
        print(f"\n  missed: {', '.join(missed)}")
        return 1
    return 0


def team_database_figures(args) -> int:
    """``--database``: the figures a team database has (no window, no SQLite
    baseline), and the team load, whose rows lost must be 0."""
    import team_load

    figures = team_load.database_figures(args.database, args.size, args.runs, SEARCH_WORDS)
    if "window" in args.only:
        work = Path(tempfile.mkdtemp(prefix="relapp-bench-"))
        try:
            figures["window"] = window_table(window_figures(work / "data", args.runs, "--database", args.database))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    figures["team_load"] = team_load.team_load(args.database, seconds=args.seconds)
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["team_load"]["rows_lost"] == 0 else 1


def window_table(measured: dict) -> dict:
    """The window's figures (medians), each with its baseline and their ratio; printed as on a data folder."""
    table = {}
    runs = measured.get("runs", {})
    print("\nThe window on the team database (search has no bare baseline there: its raw query is SQLite's)")
    for figure, baseline, target, label, baseline_label in FIGURES:
        if figure not in measured:
            continue
        value, base = measured.get(figure), measured.get(baseline)
        table[figure] = {"median": value, "baseline": base, "ratio": ratio(value, base), "target": target}
        print(f"  {label:33} {spread(runs.get(figure, [value])):>24}   {baseline_label[:14]:>14} "
              f"{spread(runs.get(baseline)):>15}  {fmt(ratio(value, base)):>6}  "
              + (f"≤ {target:g}" if target is not None else ""))
    return table


def ratio(value, base):
    return None if value is None or not base else value / base


def spread(values) -> str:
    if not values:
        return "null"
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def fmt_load(load: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in load)


def fmt(value) -> str:
    return "null" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
