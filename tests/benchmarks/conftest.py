# Benchmarks are scripts, not tests: keep pytest out of this folder.
collect_ignore_glob = ["*.py"]
