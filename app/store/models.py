"""Snapshots: a frozen (dataset, version, format) with its build progress and artifacts."""

from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JobColumns, JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model

FORMATS = ("parquet", "csv", "jsonl")
STATUSES = ("pending", "building", "ready", "failed", "expired")  # what a list filter may ask for


class SnapshotStatus(StrEnum):
    """pending -> building -> ready | failed; ready -> expired (TTL) or deleted (its row stays for its
    exports' history; every snapshot read skips it)."""

    PENDING = "pending"
    BUILDING = "building"
    READY = "ready"
    FAILED = "failed"
    EXPIRED = "expired"
    DELETED = "deleted"


DELETED = SnapshotStatus.DELETED


class Snapshot(JobColumns, Model):
    """The job columns (error, attempts, rq_job_id, created_by, started/finished_at) are the build's."""

    __tablename__ = "snapshots"
    __table_args__ = (
        UniqueConstraint("tenant_id", "registry_id", "version", "format"),
        Index("ix_snapshots_tenant_created", "tenant_id", "created_at"),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("snap"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    registry_id: Mapped[str] = mapped_column(ForeignKey("registries.id"))
    dataset: Mapped[str] = mapped_column(String(128))
    namespace_name: Mapped[str] = mapped_column(String(128))
    contract_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=SnapshotStatus.PENDING)
    phase: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    storage_path: Mapped[str | None] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    row_count: Mapped[int] = mapped_column(BigInteger, default=0)
    steps: Mapped[list] = mapped_column(JSONType, default=list)
    artifacts: Mapped[list] = mapped_column(JSONType, default=list)
    ttl: Mapped[str | None] = mapped_column(String(40))
    inactivity_timeout: Mapped[str | None] = mapped_column(String(40))
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    last_used_at = mapped_column(UTCDateTime)


class DownloadLink(Model):
    """A signed, expiring, revocable URL to one file of a snapshot, usable without a key."""

    __tablename__ = "download_links"
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("dl"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    snapshot_id: Mapped[str] = mapped_column(ForeignKey("snapshots.id"), index=True)
    file: Mapped[str] = mapped_column(String(255))
    expires_at = mapped_column(UTCDateTime, nullable=False)
    revoked_at = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
