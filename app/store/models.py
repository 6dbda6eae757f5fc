"""Snapshots: a frozen (dataset, version, format) with its build progress and artifacts."""

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model

FORMATS = ("parquet", "csv", "jsonl")
STATUSES = ("pending", "building", "ready", "failed", "expired")
DELETED = "deleted"  # a deleted snapshot's row stays for its exports' history; every snapshot read skips it


class Snapshot(Model):
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
    status: Mapped[str] = mapped_column(String(16), default="pending")
    phase: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    error_message: Mapped[str | None] = mapped_column(Text)
    storage_path: Mapped[str | None] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    row_count: Mapped[int] = mapped_column(BigInteger, default=0)
    steps: Mapped[list] = mapped_column(JSONType, default=list)
    artifacts: Mapped[list] = mapped_column(JSONType, default=list)
    ttl: Mapped[str | None] = mapped_column(String(40))
    inactivity_timeout: Mapped[str | None] = mapped_column(String(40))
    rq_job_id: Mapped[str | None] = mapped_column(String(120))
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    started_at = mapped_column(UTCDateTime)
    completed_at = mapped_column(UTCDateTime)
    last_used_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
