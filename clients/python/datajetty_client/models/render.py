from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.render_filters import RenderFilters


T = TypeVar("T", bound="Render")


@_attrs_define
class Render:
    """
    Attributes:
        dashboard_id (str):
        filters (RenderFilters | Unset):
        version (int | None | Unset):
    """

    dashboard_id: str
    filters: RenderFilters | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

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
        if filters is not UNSET:
            field_dict["filters"] = filters
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.render_filters import RenderFilters  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        _filters = d.pop("filters", UNSET)
        filters: RenderFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = RenderFilters.from_dict(_filters)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        render = cls(
            dashboard_id=dashboard_id,
            filters=filters,
            version=version,
        )

        return render
