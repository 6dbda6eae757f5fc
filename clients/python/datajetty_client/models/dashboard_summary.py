from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardSummary")


@_attrs_define
class DashboardSummary:
    """
    Attributes:
        current_version (int):
        dashboard_id (str):
        status (str):
        published_version (int | None | Unset):
        updated_at (datetime.datetime | Unset):
    """

    current_version: int
    dashboard_id: str
    status: str
    published_version: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        current_version = self.current_version

        dashboard_id = self.dashboard_id

        status = self.status

        published_version: int | None | Unset
        if isinstance(self.published_version, Unset):
            published_version = UNSET
        else:
            published_version = self.published_version

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_version": current_version,
                "dashboard_id": dashboard_id,
                "status": status,
            }
        )
        if published_version is not UNSET:
            field_dict["published_version"] = published_version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_version = d.pop("current_version")

        dashboard_id = d.pop("dashboard_id")

        status = d.pop("status")

        def _parse_published_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        published_version = _parse_published_version(d.pop("published_version", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dashboard_summary = cls(
            current_version=current_version,
            dashboard_id=dashboard_id,
            status=status,
            published_version=published_version,
            updated_at=updated_at,
        )

        return dashboard_summary
