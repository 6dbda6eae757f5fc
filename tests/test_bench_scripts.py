"""Bench scripts that `make bench` runs on the database the suite runs on, at a tiny size: the figure
line must come out. The version diff's comparator was PostgreSQL's syntax only (parentheses around
the sides of an EXCEPT), so `make bench` failed on the embedded defaults."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_version_diff_bench_prints_its_ratio():
    # DATABASE_URL/REDIS_URL as the suite was given them: a scratch database beside PostgreSQL's, else
    # a scratch SQLite and embedded Redis of the bench's own
    done = subprocess.run([sys.executable, "diff.py", "10000"], cwd=BENCH, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("diff "))
    assert "changed=100 " in line and " ratio=" in line, line
