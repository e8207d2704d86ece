"""Many more kills than the suite runs (not collected by pytest):

    PYTHONPATH=. python tests/benchmarks/crash_stress.py [ROUNDS] [SEED]

Each round kills 50 quick-entry writers, 30 batch writers and 40 upgrades at
random moments and checks every result (tests/crash_harness.py)."""

import collections
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import crash_harness as harness  # noqa: E402


def main(rounds: int = 5, seed: int = 1) -> int:
    rng = random.Random(seed)
    server = harness.ForkServer()
    total = failed = 0
    kinds = collections.Counter()
    started = time.perf_counter()
    try:
        for r in range(rounds):
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                results = {
                    "entries": harness.run_writes(server, "entries", work, 50, rng),
                    "batch": harness.run_writes(server, "batch", work, 30, rng, delays=(0.005, 0.3)),
                    "upgrade": harness.run_migrations(server, work, 40, rng),
                }
            for name, stats in results.items():
                total += stats.kills
                failed += len(stats.problems)
                for problem in stats.problems:
                    kinds[harness.problem_kind(problem)] += 1
                print(f"round {r + 1} {name:8} kills={stats.kills:3} committed={stats.committed:5} "
                      f"old kept={stats.left_old} mid-upgrade={stats.mid_upgrade} problems={stats.problems or 'none'}", flush=True)
    finally:
        server.close()
    print(f"{total} kills in {time.perf_counter() - started:.0f} s, {failed} problems: "
          + ", ".join(f"{kinds[kind]} {kind}" for kind in ("corrupt", "half-written", "lost", "other")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
