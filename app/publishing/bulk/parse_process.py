"""A large file is parsed in a process of its own, forked from the job's: the importer runs there over the
file's bytes (fed through a pipe by a thread here) and sends each batch back, which this process writes
as the writer thread would. Parsing and writing then run on two cores under two GILs; on one process
the CPU-bound parsing thread held the GIL and the writer thread waited for it after every database call.

Measured beside the thread path (bench/clever_code.py's parse-process A/B, 1M rows, 86 MB; medians of
three interleaved pairs): PostgreSQL 75,590 against 56,742 rows/s (1.33x), SQLite 78,872 against
71,417 (1.10x). Smaller files gain less, and below a few MB lose to the fork (SQLite: 26 MB 1.01x,
8.6 MB 1.04x over three pairs; 3.4 MB 0.91x, 0.4 MB 0.86x over five), hence PROCESS_FROM_BYTES. The
forked process's own memory (its private pages: 2 MB at the start) ends at 73-75 MB for a 1M-row
upload on SQLite and 15-16 MB for an import on PostgreSQL; the benches add it to the worker's peak.

The forked process reads no database and no store: it inherits the importer (its schema, header rules
and compiled validator) and writes nothing but the pipe and the failed rows' report, a temporary file
this process opened before the fork and uploads after it."""

import contextlib
import csv
import gc
import io
import logging
import os
import pickle
import signal
import tempfile
import threading
from multiprocessing.connection import Connection
from typing import Any

from app.publishing.bulk.importer import Failed, Importer, NulWatch

log = logging.getLogger(__name__)

PROCESS_FROM_BYTES = 8 << 20  # files at least this large are parsed in a process of their own
BLOCK = 1 << 20  # the feeder's read size


class ParserLost(Exception):
    """The parsing process ended before it said how the file ended (killed, or out of memory)."""


def _private_mb() -> float:
    """This process's own memory (pages it does not share with the job's process), in MB; 0 where the
    kernel does not tell (no /proc/self/smaps_rollup before Linux 4.14): a figure, never the job's failure."""
    try:
        with open("/proc/self/smaps_rollup") as fh:
            kb = sum(int(line.split()[1]) for line in fh if line.startswith(("Private_Clean:", "Private_Dirty:")))
    except OSError:
        return 0.0
    return round(kb / 1024, 1)


def _sendable(exc: Exception) -> Exception:
    """The exception itself when it survives a pickle (a Failed, csv.Error, UnicodeDecodeError: the job
    reports them as it would from a thread), else its type and message."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001  (any exception may fail to pickle in its own way)
        return RuntimeError(f"{type(exc).__name__}: {exc}"[:500])


def _parse(importer: Importer, source_fd: int, reply: Connection, report: Any) -> int:
    """In the forked process: run the importer over the bytes arriving on `source_fd`, each batch down the
    pipe `reply`; its exit code."""
    importer.failed_out = report

    def send(rows: list[Any], counters: tuple[int, int, int]) -> None:
        reply.send(("batch", rows, counters))

    try:
        with open(source_fd, "rb") as raw:
            importer.run(NulWatch(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")), send=send)
        report.flush()
        reply.send(("done", (importer.processed, importer.valid, importer.failed), _private_mb()))
        return 0
    except Exception as exc:  # noqa: BLE001  (every failure goes to the job's process, which decides)
        if not isinstance(exc, (Failed, csv.Error, UnicodeDecodeError)):  # not the file's fault: keep the trace
            log.exception("the bulk parse failed")
        with contextlib.suppress(OSError):  # (the job's process is gone, killed: nobody is left to tell)
            reply.send(("raise", _sendable(exc)))
        return 1


def _keep_only(*fds: int) -> None:
    """Close every descriptor this process inherited but `fds`: one held here would keep its far end
    from ever seeing an end (the writer of a FIFO the job reads, another job's pipe, a socket)."""
    low = 0
    for fd in sorted(set(fds)):
        if low < fd:  # (not always a no-op when empty: os.closerange(0, 0) closed every descriptor but 0, 3.11.7)
            os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX"))


class _Feeder(threading.Thread):
    """The file's bytes into the parsing process's pipe, until the file ends or the parse stops reading.
    A read that fails is kept in `error`: the parse saw only an early end, and must not count as whole."""

    def __init__(self, raw: Any, feed_fd: int) -> None:
        super().__init__(daemon=True, name="bulk-feed")
        self.raw, self.feed_fd = raw, feed_fd
        self.error: Exception | None = None

    def run(self) -> None:
        read = getattr(self.raw, "read1", self.raw.read)  # what has arrived, not a full block: a source may be slow
        try:
            with open(self.feed_fd, "wb") as out:
                while block := read(BLOCK):
                    out.write(block)
        except BrokenPipeError:  # the parse stopped early (a bad header, a crash): it says why
            return
        except Exception as exc:  # noqa: BLE001  (raised on the job's thread)
            self.error = exc


def parse_in_process(importer: Importer, raw: Any) -> float:
    """Run `importer` over the binary file `raw` in a forked process, writing each batch it sends on this
    thread (`importer.writer.write`); afterwards the importer's counters and failed rows are the parse's.
    Raises what the parse raised. Returns the parsing process's own memory at its end, in MB."""
    source_fd, feed_fd = os.pipe()
    answer_fd, reply_fd = os.pipe()
    report = tempfile.TemporaryFile(mode="w+", newline="")  # noqa: SIM115  (kept as the failed rows, or closed below)
    # frozen in this process too (the parsing process freezes its copy below), while the parse runs: a full
    # collection here would write the header of every object the two processes still share, and each page
    # it wrote is then the parsing process's alone (counted as its own: 62 MB against 17 MB,
    # bench/bulk_import.py; which run collects fully is chance)
    gc.freeze()
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        raise
    if pid == 0:  # the parsing process: it never returns into the job's code
        code = 1
        try:
            # what it inherited is never garbage here: out of the collector's view, a full collection
            # walks only the parse's own objects. It walked the job's whole heap, writing each object's
            # header, so the kernel copied those pages: 77 MB of the process's own memory (10 MB without)
            gc.freeze()
            _keep_only(0, 1, 2, source_fd, reply_fd, report.fileno())
            code = _parse(importer, source_fd, Connection(reply_fd, readable=False), report)
        finally:
            os._exit(code)
    os.close(source_fd)  # (the parse's ends; closing cannot fail for a descriptor just made)
    os.close(reply_fd)
    inbox, feeder, kept = Connection(answer_fd, writable=False), _Feeder(raw, feed_fd), False
    try:
        # from here on the way out kills and reaps the parse and unfreezes this process, whatever raises:
        # a thread that cannot start left it frozen, its objects never collected again (RQ's SimpleWorker
        # runs every job in the worker's own process), and the parse waiting on its input for ever
        feeder.start()
        while True:
            try:
                kind, *rest = inbox.recv()
            except EOFError:
                raise ParserLost(f"the parsing process ended with {_ended(pid)}") from None
            if kind == "batch":
                importer.writer.write(*rest)
                continue
            feeder.join()  # the parse has ended: so does the feed, at the file's end or a broken pipe
            if feeder.error is not None:  # what the parse made of a short read is beside the point
                raise feeder.error
            if kind == "raise":
                raise rest[0]
            (importer.processed, importer.valid, importer.failed), private_mb = rest  # "done"
            if importer.failed:
                importer.failed_out, kept = report, True
            return private_mb
    finally:
        inbox.close()  # a parse still running stops at its next batch (its pipe is broken) ...
        if _ended(pid, wait=False) is None:
            os.kill(pid, signal.SIGKILL)  # ... or at once
        _ended(pid)
        if feeder.ident is None:  # it never started, so never took its end of the pipe
            os.close(feed_fd)
        else:
            feeder.join()  # it ends: the file ended, or the pipe's reader is gone
        gc.unfreeze()  # this process (a worker may run many jobs) collects all of its objects again
        if not kept:
            report.close()


def _ended(pid: int, wait: bool = True) -> str | None:
    """How the parsing process ended (reaping it), or None while it runs (with wait=False)."""
    try:
        done, status = os.waitpid(pid, 0 if wait else os.WNOHANG)
    except ChildProcessError:  # reaped already
        return "an exit already seen"
    if not done:
        return None
    code = os.waitstatus_to_exitcode(status)
    return f"signal {-code}" if code < 0 else f"exit code {code}"
