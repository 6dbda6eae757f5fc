from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.share_filters import ShareFilters


T = TypeVar("T", bound="Share")


@_attrs_define
class Share:
    """
    Attributes:
        dashboard_id (str):
        expires_in_s (int | Unset):  Default: 3600.
        filters (ShareFilters | Unset):
        version (int | None | Unset):
    """

    dashboard_id: str
    expires_in_s: int | Unset = 3600
    filters: ShareFilters | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        expires_in_s = self.expires_in_s

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dashboard_id": dashboard_id,
            }
        )
        if expires_in_s is not UNSET:
            field_dict["expires_in_s"] = expires_in_s
        if filters is not UNSET:
            field_dict["filters"] = filters
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.share_filters import ShareFilters  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        expires_in_s = d.pop("expires_in_s", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: ShareFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ShareFilters.from_dict(_filters)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        share = cls(
            dashboard_id=dashboard_id,
            expires_in_s=expires_in_s,
            filters=filters,
            version=version,
        )

        return share
