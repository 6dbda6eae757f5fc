"""A record of each maintenance sweep: when it ran and what it did."""

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JSONType, UTCDateTime, utcnow
from app.extensions import Model


class MaintenanceRun(Model):
    __tablename__ = "maintenance_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    finished_at = mapped_column(UTCDateTime)
    counts: Mapped[dict] = mapped_column(JSONType, default=dict)
