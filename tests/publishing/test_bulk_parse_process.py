"""A large file is parsed in a forked process of its own (publishing/bulk/parse_process.py): the same
outcome as on a thread, the parse's failures reported as the job's, and a parse that dies or a source
that fails to read fails the job, never lands part of the file. PROCESS_FROM_BYTES is lowered here so
that small files take that path."""

import csv
import io
import os
import signal

import pytest

from app.publishing.bulk import parse_process
from app.publishing.bulk.importer import Importer
from tests.factories import make_registry
from tests.publishing.test_bulk_upload import BAD, GOOD, SEED_CSV, SEED_SCHEMA, _employee_csv, status, upload

ROWS = [
    *GOOD,
    *BAD,
    ["EMP000004", "", "d@x.io", "HR", "", ""],
    ["EMP000005", "Eve", "eve@x.io", "HR", "2024-01-05", "1"],
]


@pytest.fixture
def parses(monkeypatch):
    """Which way each job parsed its file: 'process' or 'thread', in order."""
    seen = []
    in_process = parse_process.parse_in_process

    def counted(importer, raw):
        seen.append("process")
        return in_process(importer, raw)

    monkeypatch.setattr(parse_process, "parse_in_process", counted)
    thread_run = Importer.run

    def run_on_a_thread(self, lines, send=None):
        if send is None:  # (the forked process runs it too, sending its batches down the pipe)
            seen.append("thread")
        return thread_run(self, lines, send)

    monkeypatch.setattr(Importer, "run", run_on_a_thread)
    return seen


def _outcome(client, admin, job_id, reg):
    data = status(client, admin, job_id)
    report = client.get(data["downloadFailedEntriesCsvUrl"], headers=admin.headers).get_data(as_text=True)
    query = client.get(f"/dedi/query/employee-directory/{reg}?limit=100", headers=admin.headers).get_json()["data"]
    records = sorted((r["record_name"], r["details"]) for r in query["records"])
    counts = (data["status"], data["totalEntries"], data["validEntries"], data["failedEntries"])
    return counts, list(csv.reader(io.StringIO(report))), records


def test_a_file_parsed_in_a_process_lands_as_it_would_from_a_thread(client, admin, run_worker, monkeypatch, parses):
    """Over the threshold, in a process; under it, on a thread: the same counts, the same failed-rows
    report byte for byte, the same records. Batches of two, so several cross the pipe."""
    monkeypatch.setattr("app.publishing.bulk.importer.BATCH", 2)
    content = _employee_csv(ROWS)
    outcomes = []
    for threshold, reg in ((len(content), "by-process"), (len(content) + 1, "by-thread")):
        make_registry(client, admin, reg=reg)
        monkeypatch.setattr(parse_process, "PROCESS_FROM_BYTES", threshold)
        r = upload(client, admin, content, reg=reg, record_name_field="employee_id", publish=True)
        run_worker(["bulk"])
        outcomes.append(_outcome(client, admin, r.get_json()["data"]["jobId"], reg))
    assert parses == ["process", "thread"]
    assert outcomes[0] == outcomes[1]
    (counts, report, records) = outcomes[0]
    assert counts == ("completed", 5, 3, 2)
    assert [row[-2] for row in report[1:]] == ["3", "4"]  # row numbers, as the thread path writes them
    assert [name for name, _ in records] == ["EMP000001", "EMP000002", "EMP000005"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"employee_id,shoe_size\nEMP000001,44\n", "header does not match the registry schema"),
        (SEED_CSV.replace("John Doe", "J\xf6hn").encode("latin-1"), "the file is not valid UTF-8"),
        (b"", "the file is empty: no header row"),
    ],
    ids=["header", "encoding", "empty"],
)
def test_what_the_parse_process_finds_wrong_fails_the_job_with_its_message(
    client, admin, run_worker, monkeypatch, parses, content, error
):
    make_registry(client, admin, schema=SEED_SCHEMA)
    monkeypatch.setattr(parse_process, "PROCESS_FROM_BYTES", 0)
    job_id = upload(client, admin, content).get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert parses == ["process"]
    assert data["status"] == "failed" and data["error"].startswith(error), data


def _fails_and_lands_nothing(client, admin, run_worker, parses, error):
    """Upload ROWS, published, into a new registry: the job parsed in a process fails with `error`, and
    the registry holds no record."""
    make_registry(client, admin)
    r = upload(client, admin, _employee_csv(ROWS), record_name_field="employee_id", publish=True)
    run_worker(["bulk"])
    data = status(client, admin, r.get_json()["data"]["jobId"])
    assert parses == ["process"]
    assert (data["status"], data["error"]) == ("failed", error), data
    query = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert query["pagination"]["total"] == 0


def test_a_parse_process_that_dies_fails_the_job_and_lands_nothing(client, admin, run_worker, monkeypatch, parses):
    """SIGKILLed after its first batch (out of memory, an operator): the job says so, no row lands."""
    monkeypatch.setattr("app.publishing.bulk.importer.BATCH", 2)
    monkeypatch.setattr(parse_process, "PROCESS_FROM_BYTES", 0)
    flush, test_process = Importer.flush, os.getpid()

    def die_after_the_first_batch(self):
        if self.processed > 2 and os.getpid() != test_process:
            os.kill(os.getpid(), signal.SIGKILL)
        flush(self)

    monkeypatch.setattr(Importer, "flush", die_after_the_first_batch)
    _fails_and_lands_nothing(client, admin, run_worker, parses, "internal error: ParserLost")


def test_a_source_that_fails_mid_read_fails_the_job_not_a_short_import(client, admin, run_worker, monkeypatch, parses):
    """The parse sees only an early end of the bytes fed to it; the read's failure must still end the job."""
    from app.publishing.bulk import tasks

    monkeypatch.setattr(parse_process, "PROCESS_FROM_BYTES", 0)
    monkeypatch.setattr(parse_process, "BLOCK", 64)

    class Breaks(io.BufferedReader):
        reads = 0

        def read1(self, size=-1):
            Breaks.reads += 1
            if Breaks.reads > 2:
                raise OSError("connection reset while reading the source")
            return super().read1(size)

    def breaking(path):  # (the tests' artifact store is a local directory)
        return Breaks(io.FileIO(path))

    monkeypatch.setattr(tasks, "open_job_file", breaking)
    _fails_and_lands_nothing(client, admin, run_worker, parses, "internal error: OSError")
    assert Breaks.reads == 3


def test_the_parse_process_memory_figure_is_never_the_jobs_failure(monkeypatch):
    """Without /proc/self/smaps_rollup (Linux before 4.14) the figure is 0, not an error after the parse."""
    assert parse_process._private_mb() > 0

    def no_rollup(path, *args, **kwargs):
        raise FileNotFoundError(path)

    monkeypatch.setattr("builtins.open", no_rollup)
    assert parse_process._private_mb() == 0.0


def test_the_parse_process_leaves_what_it_inherited_out_of_its_collections():
    """The forked parse keeps a chunk of rows alive at a time, so its collections reach the oldest
    generation; walking the job's inherited heap there wrote every object's header, and the kernel
    copied those pages: the parse process's own memory went from 10 to 77 MB (a 300k-row import,
    bench/bulk_import.py). What it inherited is frozen out of the collector's view."""
    import gc

    from app.publishing.bulk.importer import Failed

    class Reports:  # an importer that tells what the parse process's collector sees
        failed_out = processed = valid = failed = None

        def run(self, lines, send):
            raise Failed(f"frozen {gc.get_freeze_count()}")

    with pytest.raises(Failed, match=r"^frozen [1-9]"):
        parse_process.parse_in_process(Reports(), io.BytesIO(b"a,b\n1,2\n"))


def test_the_jobs_process_freezes_what_it_shares_with_the_parse_while_it_runs():
    """The job's process collected as usual while the parse ran: a full collection there wrote the header
    of every object the two processes still shared, and each page it wrote became the parse process's
    alone, counted as its own (62 MB against 17 MB, bench/bulk_import.py 200000; which run collected
    fully was chance). What both share is frozen in the job's process too while the parse runs, and
    collected again after it, since a worker may run many jobs."""
    import gc

    before, during = gc.get_freeze_count(), []

    class Writer:
        def write(self, rows, counters):
            during.append(gc.get_freeze_count())

    class Sends:  # an importer whose parse sends one batch and ends
        failed_out = None
        processed = valid = failed = 0
        writer = Writer()

        def run(self, lines, send):
            send([("a", 1)], (1, 1, 0))

    parse_process.parse_in_process(Sends(), io.BytesIO(b"a,b\n1,2\n"))
    assert during and during[0] > before
    assert gc.get_freeze_count() == before


def test_a_feed_that_cannot_start_leaves_no_parse_behind_and_the_job_process_unfrozen(monkeypatch):
    """Starting the thread that feeds the parse its file ran after the job's process froze its heap and
    before the cleanup was armed: a thread that could not start (RuntimeError, out of threads) left the
    process frozen for good — in RQ's SimpleWorker the worker itself, whose objects were then never
    collected — and the forked parse waiting on its input for ever. Now that error is the job's; the
    parse is killed and reaped, the pipe's end closed, and the process collects again."""
    import gc

    forked, open_before, frozen_before = [], set(os.listdir("/proc/self/fd")), gc.get_freeze_count()
    real_fork = os.fork

    def fork():
        pid = real_fork()
        forked.append(pid)
        return pid

    def no_thread(self):
        raise RuntimeError("can't start new thread")

    class Waits:  # an importer whose parse reads the whole file, which never comes
        failed_out = None
        processed = valid = failed = 0

        def run(self, lines, send):
            for _ in lines:
                pass

    monkeypatch.setattr(os, "fork", fork)
    monkeypatch.setattr(parse_process._Feeder, "start", no_thread)
    with pytest.raises(RuntimeError, match="can't start new thread"):
        parse_process.parse_in_process(Waits(), io.BytesIO(b"a,b\n1,2\n"))
    assert gc.get_freeze_count() == frozen_before
    with pytest.raises(ChildProcessError):  # reaped: no such child, running or zombie
        os.waitpid(forked[0], os.WNOHANG)
    assert set(os.listdir("/proc/self/fd")) <= open_before
