"""Time `relapp import` of 10,000 vCards into a fresh data directory, and
beside it the vCard library (vobject) alone parsing the same file, each in
a process of its own, alternating (A B A B).  Prints one JSON object as the
last line: ``{"import": [seconds, ...], "raw": [seconds, ...]}``.

    python tests/benchmarks/import_bench.py WORK_DIR [ROUNDS]
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

RAW_PARSE = ("import sys, vobject\n"
             "with open(sys.argv[1], encoding='utf-8') as f:\n"
             "    cards = list(vobject.readComponents(f.read()))\n"
             "assert len(cards) == 10000, len(cards)\n")

work = Path(sys.argv[1])
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
work.mkdir(parents=True, exist_ok=True)
cards = []
for i in range(10_000):
    cards.append(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Person {i:05d} Example\r\nN:Example;Person {i:05d};;;\r\n"
        f"ORG:Company {i % 300:03d} Ltd\r\nTITLE:Role {i % 17}\r\n"
        f"EMAIL;TYPE=INTERNET,WORK:person{i}@company{i % 300}.example\r\n"
        f"TEL;TYPE=WORK:+44 20 7946 {i % 10000:04d}\r\nEND:VCARD\r\n"
    )
source = work / "contacts.vcf"
source.write_text("".join(cards), encoding="utf-8")


def timed_run(command: list[str], check) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or not check(result):
        print(result.stdout[:500], result.stderr[-2000:], file=sys.stderr)
        sys.exit(1)
    return elapsed


out = {"import": [], "raw": []}
for _ in range(rounds):
    shutil.rmtree(work / "data", ignore_errors=True)
    out["import"].append(timed_run([sys.executable, "-m", "relapp", "--data-dir", str(work / "data"), "import",
                                    str(source)], lambda r: r.stdout.startswith("added 10000")))
    out["raw"].append(timed_run([sys.executable, "-c", RAW_PARSE, str(source)], lambda r: True))
print(json.dumps(out))
