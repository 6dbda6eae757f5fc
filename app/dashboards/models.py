"""Dashboards: a definition with numbered versions (publishing freezes one) and revocable share links."""

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model


class Dashboard(Model):
    __tablename__ = "dashboards"
    __table_args__ = (UniqueConstraint("tenant_id", "slug"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("dash"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    slug: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="active")
    current_version: Mapped[int] = mapped_column(Integer, default=0)
    published_version: Mapped[int | None] = mapped_column(Integer)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class DashboardVersion(Model):
    __tablename__ = "dashboard_versions"
    __table_args__ = (UniqueConstraint("dashboard_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dashboard_id: Mapped[str] = mapped_column(ForeignKey("dashboards.id"))
    version: Mapped[int] = mapped_column(Integer)
    layout: Mapped[dict] = mapped_column(JSONType)
    datasources: Mapped[list] = mapped_column(JSONType)
    published_at = mapped_column(UTCDateTime)
    restored_from: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ShareLink(Model):
    __tablename__ = "share_links"
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("shr"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    dashboard_id: Mapped[str] = mapped_column(ForeignKey("dashboards.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    filters: Mapped[dict] = mapped_column(JSONType, default=dict)
    expires_at = mapped_column(UTCDateTime, nullable=False)
    revoked_at = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
