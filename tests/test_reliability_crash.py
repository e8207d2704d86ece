"""Writers killed with SIGKILL in the middle of their work leave a sound
database in which every write is whole or absent and every committed write
is kept (see tests/crash_harness.py; tests/benchmarks/crash_stress.py runs
the same with many more kills)."""

import os
import random

import pytest

import crash_harness as harness

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")


@pytest.fixture(scope="module")
def server():
    srv = harness.ForkServer()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def kills():
    counted = []
    yield counted
    if len(counted) == 3:  # all three ran (not a -k selection)
        assert sum(counted) >= 50, f"only {sum(counted)} writers were killed mid-way"


def test_quick_entries_survive_kills_whole_or_not_at_all(server, tmp_path, kills):
    stats = harness.run_writes(server, "entries", tmp_path, 25, random.Random(9))
    assert stats.problems == []
    assert stats.kills == 25
    assert stats.committed > 25, "the writers got real work done between kills"
    kills.append(stats.kills)


def test_import_batches_survive_kills_all_or_nothing(server, tmp_path, kills):
    stats = harness.run_writes(server, "batch", tmp_path, 15, random.Random(10))
    assert stats.problems == []
    assert stats.kills == 15
    assert stats.committed > 0
    kills.append(stats.kills)


def test_a_kill_during_an_upgrade_leaves_the_old_database_usable(server, tmp_path, kills):
    stats = harness.run_migrations(server, tmp_path, 35, random.Random(11))
    assert stats.problems == []
    assert stats.left_old >= 3, "some kills landed before the upgrade committed"
    assert stats.mid_upgrade >= 1, "some kills landed after the upgrade had begun"
    assert stats.finished >= 1, "some upgrades completed"
    kills.append(stats.kills)


def test_problems_are_told_apart_for_the_figures():
    """The stress run reports corrupt, half-written and lost writes apart:
    each check's wording lands in its own kind."""
    assert harness.problem_kind("integrity check: [('row 3 missing from index x',)]") == "corrupt"
    assert harness.problem_kind("4 rows point at missing records") == "corrupt"
    assert harness.problem_kind("'batch 1-2' is partial: 6 people, 3 entries, 6 links") == "half-written"
    assert harness.problem_kind("'entry 1-2 s3 m1' has 2 people and 1 colleagues") == "half-written"
    assert harness.problem_kind("committed entries lost: ['entry 1-1 s0 m0']") == "lost"
    assert harness.problem_kind("migration 3: an upgrade reported done was lost") == "lost"
