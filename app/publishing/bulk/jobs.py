"""Bulk upload jobs: store the uploaded file, count its rows, create, read and list jobs."""

import codecs
import csv
import io
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core import delegation
from app.core.db import DbSession, iso
from app.core.errors import InvalidRequest, InvalidState, PayloadTooLarge
from app.core.models import ApiKey, Tenant
from app.core.owned import get_owned, owned
from app.core.pagination import page_of
from app.core.storage import artifact_path, delete_artifact, open_artifact
from app.publishing.bulk.sources import check_source
from app.publishing.models import BulkJob, BulkStatus, Registry
from app.publishing.service import get_registry, registry_in_namespace, registry_reachable

MAX_UPLOAD_BYTES = 100 * 1024 * 1024


class _RowTally:
    """Counts a CSV's rows while it streams in, so the upload answers without parsing the file twice.
    Exact only when no quoted field can hold a line break and the bytes are UTF-8; `rows` is None otherwise."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.newlines = self.quotes = self.lone_cr = 0
        self.size, self.last, self.utf8 = 0, b"", True

    def add(self, block: Any) -> None:
        if self.utf8:
            try:
                self.decoder.decode(block)
            except UnicodeDecodeError:
                self.utf8 = False
        self.newlines += block.count(b"\n")
        self.quotes += block.count(b'"')
        self.lone_cr += block.count(b"\r") - block.count(b"\r\n") - (self.last == b"\r" and block[:1] == b"\n")
        self.size, self.last = self.size + len(block), block[-1:]

    def rows(self) -> int | None:
        try:
            self.decoder.decode(b"", final=True)  # a character cut off at the end of the file
        except UnicodeDecodeError:
            self.utf8 = False
        if not self.utf8 or self.quotes or self.lone_cr:
            return None
        lines = self.newlines + (self.size > 0 and self.last != b"\n")
        return max(0, lines - 1)


def store_upload(stream: Any, path: str, limit: int = MAX_UPLOAD_BYTES, chunk: int = 1 << 20) -> tuple[int, int | None]:
    """Copy an upload stream into the artifact store; 413 (and nothing kept) past `limit` bytes.
    Returns (bytes, data rows or None when only a CSV parse can tell)."""
    tally = _RowTally()
    with open_artifact(path, "wb") as out:
        while block := stream.read(chunk):
            if tally.size + len(block) > limit:
                tally.size += len(block)
                break
            tally.add(block)
            out.write(block)
    if tally.size > limit:
        delete_artifact(path)
        raise PayloadTooLarge(f"file exceeds {limit} bytes", {"max_bytes": limit})
    return tally.size, tally.rows()


def count_rows(path: str) -> int:
    """Data rows in a stored CSV (quoted newlines respected); 0 if it cannot be decoded."""
    try:
        with open_artifact(path, "rb") as raw:
            reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
            return max(0, sum(1 for _ in reader) - 1)
    except (UnicodeDecodeError, csv.Error):
        return 0


def _live_registry(session: DbSession, tenant: Tenant, namespace: str, registry_name: str) -> Registry:
    """The registry a job imports into: 404 unknown, 409 when it is not live."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    if reg.state != "live":
        raise InvalidState(f"registry {reg.name!r} is {reg.state}: it takes no uploads", {"current_state": reg.state})
    return reg


def _new_job(
    session: DbSession,
    tenant: Tenant,
    reg: Registry,
    namespace: str,
    file_name: str,
    record_name_field: str | None,
    publish: bool,
    mode: str,
    actor: str | None,
) -> BulkJob:
    """A pending job, flushed so that it has its id."""
    job = BulkJob(
        tenant_id=tenant.id,
        registry_id=reg.id,
        namespace_name=namespace,
        registry_name=reg.name,
        status=BulkStatus.PENDING,
        file_path="",
        file_name=file_name[:255],
        record_name_field=record_name_field,
        publish=publish,
        mode=mode,
        created_by=actor,
    )
    session.add(job)
    session.flush()
    return job


def create_job(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    upload: Any,
    record_name_field: str | None = None,
    publish: bool = False,
    mode: str = "partial",
    actor: str | None = None,
) -> BulkJob:
    """Store the CSV and create a pending job; the caller enqueues it after commit."""
    reg = _live_registry(session, tenant, namespace, registry_name)
    filename = upload.filename or ""
    if not filename.lower().endswith(".csv"):
        raise InvalidRequest("upload exactly one .csv file", {"file": ["must be a .csv file"]})
    job = _new_job(session, tenant, reg, namespace, filename, record_name_field, publish, mode, actor)
    job.file_path = artifact_path("uploads", tenant.id, f"{job.id}.csv")
    job.file_bytes, rows = store_upload(upload.stream, job.file_path)
    job.total_rows = count_rows(job.file_path) if rows is None else rows
    return job


def create_import_job(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    source: str,
    record_name_field: str | None = None,
    publish: bool = True,
    mode: str = "partial",
    actor: str | None = None,
) -> BulkJob:
    """A pending job that streams a CSV from object storage or a shared disk (bulk/sources.py); its
    row count is known once the worker has read it (`totalEntries` grows with the progress)."""
    reg = _live_registry(session, tenant, namespace, registry_name)
    url, size = check_source(source, tenant)
    name = url.rsplit("/", 1)[-1]
    job = _new_job(session, tenant, reg, namespace, name, record_name_field, publish, mode, actor)
    job.file_path, job.file_bytes, job.total_rows = url, size, 0
    return job


def get_job(*, session: DbSession, tenant: Tenant, job_id: str) -> BulkJob:
    """One of the tenant's bulk jobs into a namespace the caller reaches, or NotFound."""
    return get_owned(session, BulkJob, tenant, registry_reachable(BulkJob.registry_id), what="job", id=job_id)


@delegation.register_locator("job_id")
def delegated_job(key: ApiKey, job_id: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """A bulk job into a namespace delegated to the key: its owner and namespace."""
    return delegation.locate(
        key,
        grants,
        select(BulkJob.tenant_id, Registry.namespace_id)
        .join(Registry, Registry.id == BulkJob.registry_id)
        .where(BulkJob.id == job_id),
    )


def list_jobs(
    *,
    session: DbSession,
    tenant: Tenant,
    page: int,
    limit: int,
    status: str | None = None,
    registry_name: str | None = None,
    namespace: str | None = None,
) -> tuple[Sequence[BulkJob], dict[str, int]]:
    """A page of the tenant's jobs, newest first, filtered by status, registry and namespace."""
    query = owned(BulkJob, tenant).where(registry_reachable(BulkJob.registry_id))
    query = query.order_by(BulkJob.created_at.desc(), BulkJob.id)
    if status:
        query = query.filter_by(status=status)
    if registry_name:
        query = query.filter_by(registry_name=registry_name)
    if namespace:
        query = query.where(registry_in_namespace(BulkJob.registry_id, tenant.id, namespace))
    return page_of(session, query, page, limit)


def job_dict(job: BulkJob, base: str = "/dedi/bulk-upload") -> dict[str, Any]:
    """The seed's job status shape."""
    failed_url = f"{base}/failed-entries/{job.id}" if job.failed_csv_path else None
    return {
        "jobId": job.id,
        "createdAt": iso(job.created_at),
        "updatedAt": iso(job.updated_at),
        "status": job.status,
        "namespace": job.namespace_name,
        "registryName": job.registry_name,
        "totalEntries": job.total_rows,
        "processedEntries": job.processed_rows,
        "validEntries": job.valid_rows,
        "failedEntries": job.failed_rows,
        "error": job.error,
        "result": job.result,
        "failedEntriesUrl": failed_url,
        "downloadFailedEntriesCsvUrl": failed_url,
    }
