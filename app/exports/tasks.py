"""Export delivery (`exports` queue) and webhook attempts (`webhooks` queue)."""

import hashlib
import logging
import mmap
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from flask import current_app
from redis.exceptions import RedisError
from rq.job import Dependency
from sqlalchemy import select

from app.core.db import utcnow
from app.core.jobs import app_job, enqueue, get_queue
from app.core.models import Tenant
from app.core.storage import artifact_fs
from app.exports import webhooks
from app.exports.models import Export, WebhookDelivery
from app.exports.targets import check_target, target_fs
from app.extensions import db
from app.store.models import Snapshot

log = logging.getLogger(__name__)
CHUNK = 4 << 20


def enqueue_export(export, snapshot):
    """Queue delivery; after the snapshot's build when it is not ready (runs even if the build fails)."""
    depends = None
    if snapshot.status in ("pending", "building") and snapshot.rq_job_id:
        depends = Dependency(jobs=[snapshot.rq_job_id], allow_failure=True)
    job = enqueue(
        "exports",
        "app.exports.tasks.run_export",
        export.id,
        depends_on=depends,
        job_id=f"export-{export.id}-{export.attempts}",
    )
    export.rq_job_id = job.id
    return job


def _copy(src_fs, src, dst_fs, dst):
    """Stream src to dst, returning the bytes written. No hashing here: the delivered copy is
    hashed once, after the write, against the sha256 the build recorded (one pass, not two)."""
    size = 0
    with src_fs.open(src, "rb") as fin, dst_fs.open(dst, "wb") as fout:
        while block := fin.read(CHUNK):
            size += len(block)
            fout.write(block)
    return size


def _copy_local_verified(src, dst):
    """Local to local: the kernel copies (copy_file_range) chunk by chunk while a second thread
    hashes each delivered chunk through a read-only map of the target, so the check of the copy
    overlaps the copy itself and no byte is copied into Python; the flush to disk (fsync) then
    overlaps the rest of the hashing. Returns (bytes written, sha256 of what the target holds)."""
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb+") as fout:
        size = os.fstat(fin.fileno()).st_size
        if not size:
            return 0, digest.hexdigest()
        fout.truncate(size)  # the map covers the whole target; a short copy fails the size check
        offset, hashed = 0, []
        with mmap.mmap(fout.fileno(), size, access=mmap.ACCESS_READ) as view, ThreadPoolExecutor(1) as pool:
            while offset < size and (n := os.copy_file_range(fin.fileno(), fout.fileno(), CHUNK)):
                hashed.append(pool.submit(_hash_slice, digest, view, offset, n))  # one thread: in order
                offset += n
            os.fsync(fout.fileno())  # durable before it is announced; runs while the hash catches up
            for done in hashed:
                done.result()
        if offset != size:
            fout.truncate(offset)
    return offset, digest.hexdigest()


def _hash_slice(digest, view, offset, size):
    with memoryview(view) as whole, whole[offset : offset + size] as piece:
        digest.update(piece)  # hashlib releases the GIL for large buffers


def _delivered_sha(fs, path):
    digest = hashlib.sha256()
    with fs.open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _is_local(fs):
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def _copy_verified(src_fs, src, dst_fs, dst, kernel_copy):
    """Copy and hash what the target then holds: (bytes, sha256)."""
    if kernel_copy:
        try:
            return _copy_local_verified(src, dst)
        except OSError as exc:  # e.g. a kernel that cannot copy across filesystems: the portable way below
            log.info("kernel copy of %s unavailable (%s); copying through Python", src, exc)
    size = _copy(src_fs, src, dst_fs, dst)
    if _is_local(dst_fs):
        _fsync(dst)
    return size, _delivered_sha(dst_fs, dst)


def _fsync(path):
    fd = os.open(path, os.O_RDONLY)  # a directory too: its entry (a rename) is made durable
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def deliver(export, snap, tenant):
    """Copy the snapshot's artifacts to the target under deterministic names; verify sha256."""
    scheme, base = check_target(export.target, tenant)
    dst_fs, (src_fs, _) = target_fs(scheme), artifact_fs()
    if scheme == "file":
        dst_fs.makedirs(base, exist_ok=True)
    to_local = _is_local(dst_fs)
    kernel_copy = to_local and _is_local(src_fs) and hasattr(os, "copy_file_range")
    delivered, claims = [], claimed_elsewhere(export)
    data_name = next(a["name"] for a in snap.artifacts if a["kind"] == "data")
    for art in snap.artifacts:
        # the manifest is named after its data file, so two formats in one target keep one each
        name = art["name"] if art["kind"] == "data" else f"{data_name}.manifest.json"
        dst = f"{base}/{name}"
        claimed = claims.get(dst_fs.unstrip_protocol(dst))
        if claimed is not None and claimed != art["sha256"] and dst_fs.exists(dst):
            raise DeliveryConflict(
                f"{name} at the target belongs to another export (sha256 {claimed[:12]}…); choose another target"
            )
        # a local file appears under its name only once verified; an S3 PUT is atomic already
        write_to = f"{dst}.partial" if to_local else dst
        size, sha = _copy_verified(src_fs, art["path"], dst_fs, write_to, kernel_copy)
        if sha != art["sha256"] or size != art["size_bytes"]:
            dst_fs.rm_file(write_to)  # a copy that does not match is never left to be read
            raise RuntimeError(f"checksum mismatch delivering {name}")
        if to_local:
            os.replace(write_to, dst)
            _fsync(base)
        delivered.append(
            {
                "uri": dst_fs.unstrip_protocol(dst),
                "size_bytes": size,
                "sha256": sha,
                "rows": art.get("rows"),
                "kind": art["kind"],
            }
        )
    return delivered


class DeliveryConflict(RuntimeError):
    """The target holds a file another export's receipt describes, with other bytes."""


def claimed_elsewhere(export):
    """{uri: sha256} of the files other finished exports of the same dataset version and format
    delivered: the names this export would write, and what their receipts promise is there."""
    rows = db.session.scalars(
        select(Export.artifacts).where(
            Export.id != export.id,
            Export.status == "done",
            Export.dataset == export.dataset,
            Export.version == export.version,
            Export.format == export.format,
        )
    )
    return {a["uri"]: a["sha256"] for artifacts in rows for a in (artifacts or [])}


@app_job
def run_export(export_id):
    """Deliver one export; safe to run twice (same object names are overwritten)."""
    export = db.session.get(Export, export_id)
    if export is None or export.status in ("done", "failed"):
        return export.status if export else "missing"
    snap, tenant = db.session.get(Snapshot, export.snapshot_id), db.session.get(Tenant, export.tenant_id)
    export.status, export.started_at, export.attempts = "running", utcnow(), export.attempts + 1
    db.session.commit()
    try:
        if snap.status != "ready":
            raise RuntimeError(f"snapshot {snap.id} is {snap.status}: {snap.error_message or 'not built'}")
        export.artifacts = deliver(export, snap, tenant)
        export.status, export.error = "done", None
        snap.last_used_at = utcnow()
    except Exception as exc:
        db.session.rollback()
        export = db.session.get(Export, export_id)
        kind = "conflict" if isinstance(exc, DeliveryConflict) else type(exc).__name__
        export.status, export.error = "failed", f"{kind}: {exc}"[:2000]
        log.warning("export %s failed: %s", export_id, export.error)
    export.finished_at = utcnow()
    db.session.commit()
    if export.notify_webhook:
        start_webhook(export)
    return export.status


def start_webhook(export):
    """Create the event's first receipt and queue its delivery."""
    event = "export.done" if export.status == "done" else "export.failed"
    row = WebhookDelivery(
        export_id=export.id, event_id=webhooks.new_event_id(), event_type=event, attempt=1, status="pending"
    )
    db.session.add(row)
    db.session.commit()
    enqueue("webhooks", "app.exports.tasks.deliver_webhook", row.id, job_id=f"webhook-{row.id}")


@app_job
def deliver_webhook(delivery_id):
    """One attempt: sign, POST, record the receipt, schedule the next attempt on failure."""
    row = db.session.get(WebhookDelivery, delivery_id)
    if row is None or row.status != "pending":
        return row.status if row else "missing"
    export = db.session.get(Export, row.export_id)
    tenant = db.session.get(Tenant, export.tenant_id)
    payload = webhooks.event_payload(export, row.event_type)
    headers = webhooks.sign(tenant.webhook_secret, row.event_id, payload)
    try:
        code, latency, error, retry_after = webhooks.attempt(export.notify_webhook, headers, payload)
    except Exception as exc:  # a URL that became private is a permanent failure
        code, latency, error, retry_after = None, 0, str(getattr(exc, "message", exc)), None
        row.status, row.error, row.created_at = "gave_up", error, utcnow()
        db.session.commit()
        return row.status
    row.status_code, row.latency_ms, row.error, row.created_at = code, latency, error, utcnow()
    if error is None:
        row.status = "delivered"
    elif code == 410:
        row.status = "gave_up"
    else:
        delay = webhooks.next_delay(row.attempt, retry_after)
        row.status = "failed" if delay is not None else "gave_up"
        if delay is not None:
            row.next_attempt_at = utcnow() + timedelta(seconds=delay)
            following = WebhookDelivery(
                export_id=export.id,
                event_id=row.event_id,
                event_type=row.event_type,
                attempt=row.attempt + 1,
                status="pending",
            )
            db.session.add(following)
    db.session.commit()  # the receipt and the next attempt's due time first: they are the truth
    if row.status == "failed":
        try:
            get_queue("webhooks").enqueue_in(
                timedelta(seconds=delay),
                "app.exports.tasks.deliver_webhook",
                following.id,
                job_id=f"webhook-{following.id}",
            )
        except RedisError as exc:  # the sweep re-queues a pending attempt once it is due
            log.warning("webhook retry delivery=%s not scheduled (%s); the sweep will send it", following.id, exc)
    return row.status


__all__ = ["current_app", "deliver_webhook", "enqueue_export", "run_export"]
