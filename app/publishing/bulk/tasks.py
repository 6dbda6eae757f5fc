"""The bulk upload job (RQ entry point `run_bulk_upload` on the `bulk` queue): run the importer over
the stored file, then publish the staged rows as one data version; a failure leaves nothing half-done."""

import csv
import io
import logging
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager, nullcontext
from typing import Any

from rq.job import Job
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.core import metrics
from app.core.db import reload, utcnow
from app.core.job_runs import job_entry, queued_row, report
from app.core.jobs import enqueue
from app.extensions import db
from app.publishing.bulk import parse_process
from app.publishing.bulk.apply import StreamingApply, apply_staged, clear_staged
from app.publishing.bulk.importer import Failed, Importer, NulWatch
from app.publishing.bulk.sources import open_job_file
from app.publishing.bulk.temp_staging import TempStaging
from app.publishing.models import BulkJob, BulkStatus, Registry

log = logging.getLogger(__name__)


def enqueue_job(job: BulkJob, suffix: str = "") -> Job:
    """Queue the import of a job on the `bulk` queue and remember the RQ job id."""
    rq_job = enqueue("bulk", run_bulk_upload, job.id, job_id=f"bulk-{job.id}{suffix}")
    job.rq_job_id = rq_job.id
    return rq_job


def _finish(job: BulkJob, status: str, error: str | None = None, result: dict[str, Any] | None = None) -> None:
    job.status, job.error, job.result = status, error, result
    job.finished_at = job.updated_at = utcnow()
    db.session.commit()


@contextmanager
def _quick_gil_handoff(seconds: float = 0.0005) -> Iterator[None]:
    """Let the parsing thread hand the GIL to the writer thread sooner than the default 5 ms: the writer
    wakes from each database round trip and otherwise waits a full interval to send the next one
    (measured on PostgreSQL, 1M rows, three runs each, before batches became records as they land:
    36.7-43.9k rows/s instead of 31.1-33.7k)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _landing_for(job: BulkJob, registry: Registry, contract: int) -> Any:
    """PostgreSQL writes the records while the file is parsed (apply.StreamingApply); SQLite stages the
    rows in a temporary table of the job's own connection and lands them after (temp_staging.TempStaging);
    others stage in bulk_rows and land after (apply.apply_staged)."""
    if db.engine.dialect.name == "postgresql":
        return closing(StreamingApply(db.engine, job, registry, contract))
    if db.engine.dialect.name == "sqlite":
        return closing(TempStaging(db.engine, job, registry, contract))
    return nullcontext()


@job_entry
def run_bulk_upload(job_id: str) -> str:
    """Process one bulk job; safe to run twice (staged rows of a killed run are discarded first)."""
    job = queued_row(BulkJob, job_id)
    if job is None or job.status in (BulkStatus.COMPLETED, BulkStatus.FAILED):
        return job.status if job else "missing"
    registry = reload(db.session, Registry, job.registry_id)
    clear_staged(session=db.session, job_id=job.id)
    job.status, job.started_at, job.attempts = BulkStatus.PROCESSING, utcnow(), job.attempts + 1
    job.processed_rows = job.valid_rows = job.failed_rows = 0
    importer, file_path = Importer(job, registry), job.file_path
    db.session.commit()
    try:
        with _landing_for(job, registry, importer.contract) as stream:  # rolled back on the way out unless finished
            importer.writer.stream = stream
            with open_job_file(file_path) as raw, _quick_gil_handoff():  # the writer thread commits batches
                if job.file_bytes >= parse_process.PROCESS_FROM_BYTES:  # parsed on the other core
                    report(parser_private_mb=parse_process.parse_in_process(importer, raw))
                else:
                    importer.run(NulWatch(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")))
            counts = {"processed": importer.processed, "valid": importer.valid, "failed": importer.failed}
            job.total_rows = max(job.total_rows, importer.processed)  # an import learns its count as it reads
            job.processed_rows, job.valid_rows, job.failed_rows = counts.values()
            job.failed_csv_path = importer.save_failed_csv()
            db.session.commit()
            if job.mode == "all_or_nothing" and job.failed_rows:
                raise Failed(f"{job.failed_rows} rows failed validation; nothing was imported (all_or_nothing)")
            if stream is not None and stream.finish(**counts, failed_csv_path=job.failed_csv_path):
                db.session.refresh(job)  # completed in the import's own transaction
                # how long other writes could wait, whether the older rows were closed before the lock, and
                # whether the rows waited for their turn on a busy registry
                report(
                    registry_lock_s=round(stream.lock_seconds, 3),
                    closed_before_lock=stream.closed_before_lock,
                    ran_ahead=stream.ran_ahead,
                )
                return _reported(job)
        result = apply_staged(session=db.session, job=job, registry=registry, contract=importer.contract)
        job.valid_rows -= result["skipped_already_published"]
        _finish(job, BulkStatus.COMPLETED, result=result)
    except UnicodeDecodeError as exc:
        _abort(job, f"the file is not valid UTF-8 (byte {exc.start} of a chunk): re-save it as UTF-8")
    except csv.Error as exc:
        _abort(job, f"malformed CSV: {exc}")
    except Failed as exc:
        _abort(job, str(exc))
    except Exception as exc:  # record the failure for the user, then let RQ see it too
        _abort(job, f"internal error: {type(exc).__name__}")
        raise
    return _reported(job)


# an import of at least this many rows refreshes the planner's statistics of records when it lands
ANALYZE_AFTER_ROWS = 10_000


def _reported(job: BulkJob) -> str:
    """The job's figures into its closing log line, and its published rows into the ingest counter."""
    report(rows=job.valid_rows, failed_rows=job.failed_rows, bytes=job.file_bytes, error=job.error)
    if job.status == BulkStatus.COMPLETED:
        metrics.ROWS_INGESTED.inc(job.valid_rows)
        if job.valid_rows >= ANALYZE_AFTER_ROWS:
            refresh_statistics()
    return job.status


def refresh_statistics() -> None:
    """PostgreSQL: ANALYZE records once a large import has landed, so the next reads of the registry are
    planned on its real size. Left to autovacuum, a snapshot built at once (reading in id order, as
    snapshots then did) planned 1M rows as 8 and sorted them on disk (134 MB): 2.04 s a build instead
    of 1.14 s (bench/peers.py snapshot, before and after). Best effort: the import has landed already,
    so a failure here is logged, never the job's."""
    if db.engine.dialect.name != "postgresql":
        return
    try:
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE records"))
    except SQLAlchemyError:
        log.warning("ANALYZE records after a large import failed", exc_info=True)


def _abort(job: BulkJob, message: str) -> None:
    db.session.rollback()
    job = reload(db.session, BulkJob, job.id)
    clear_staged(session=db.session, job_id=job.id)
    _finish(job, BulkStatus.FAILED, error=message)
