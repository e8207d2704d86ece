"""Time `relapp import` of 10,000 vCards into a fresh data directory.
Prints the seconds as the last line (JSON number)."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

work = Path(sys.argv[1])
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
start = time.perf_counter()
result = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(work / "data"), "import", str(source)],
                        capture_output=True, text=True, env=dict(os.environ))
elapsed = time.perf_counter() - start
if result.returncode != 0 or not result.stdout.startswith("added 10000"):
    print(result.stdout[:500], result.stderr[-2000:], file=sys.stderr)
    sys.exit(1)
print(json.dumps(elapsed))
