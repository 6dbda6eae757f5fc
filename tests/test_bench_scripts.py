"""Bench scripts that `make bench` runs, on the database the suite runs on, at a small size: each must
print its figure line. Two had broken unseen: the version diff's comparator was PostgreSQL's syntax
only (parentheses around the sides of an EXCEPT), and the export bench read a snapshot's server path
from the API, which names artifacts by key only since tenants' paths were taken out of responses."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize(
    ("script", "rows", "expected"),
    [
        ("diff.py", "10000", ("diff ", "changed=100 ", " ratio=")),
        ("exports.py", "20000", ("export ", "ratio_to_copy=")),
        ("lookup_cost.py", "100", ("lookup_cost ", "time_ratio=")),
    ],
)
def test_a_bench_prints_its_figures(script, rows, expected):
    # DATABASE_URL/REDIS_URL as the suite was given them: a scratch database beside PostgreSQL's, else
    # a scratch SQLite and embedded Redis of the bench's own
    # (the lookup's instruction count under valgrind is the bench's figure, not this check's: it takes minutes)
    env = {**os.environ, "LOOKUP_COST_VALGRIND": "0"}
    done = subprocess.run(
        [sys.executable, script, rows], cwd=BENCH, capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next((line for line in done.stdout.splitlines() if line.startswith(expected[0])), "")
    assert all(part in line for part in expected), done.stdout[-2000:]
