"""Delivery: copy a snapshot's artifacts to an export's target under deterministic names, verify each
copy's sha256 against the build's, make local copies durable before they are announced, and refuse
to overwrite bytes another export's receipt describes."""

import hashlib
import logging
import mmap
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select

from app.core.storage import artifact_fs
from app.exports.models import Export, ExportStatus
from app.exports.targets import check_target, target_fs
from app.extensions import db

log = logging.getLogger(__name__)
CHUNK = 4 << 20


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
    rows: Iterable[list[dict[str, Any]] | None] = db.session.scalars(
        select(Export.artifacts).where(
            Export.id != export.id,
            Export.status == ExportStatus.DONE,
            Export.dataset == export.dataset,
            Export.version == export.version,
            Export.format == export.format,
        )
    )
    return {a["uri"]: a["sha256"] for artifacts in rows for a in (artifacts or [])}
