"""The suite's worker count under ``-n auto`` follows the CPUs the process
may really use."""

from worker_count import MAX_WORKERS, auto_workers


def test_a_quota_of_two_cpus_on_a_machine_showing_64_gives_two_workers(tmp_path):
    (tmp_path / "cpu.max").write_text("200000 100000\n")
    assert auto_workers(tmp_path, cores=64) == 2


def test_a_part_cpu_quota_rounds_up_and_never_goes_below_one(tmp_path):
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert auto_workers(tmp_path, cores=8) == 2
    (tmp_path / "cpu.max").write_text("20000 100000\n")
    assert auto_workers(tmp_path, cores=8) == 1


def test_cgroup_v1_quota_is_read_too(tmp_path):
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("300000\n")
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert auto_workers(tmp_path, cores=16) == 3


def test_without_a_quota_the_cores_count_up_to_the_cap(tmp_path):
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert auto_workers(tmp_path, cores=2) == 2
    assert auto_workers(tmp_path / "nothing-here", cores=64) == MAX_WORKERS
