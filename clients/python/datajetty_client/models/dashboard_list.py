from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dashboard_summary import DashboardSummary
    from ..models.window_meta import WindowMeta


T = TypeVar("T", bound="DashboardList")


@_attrs_define
class DashboardList:
    """
    Attributes:
        data (list[DashboardSummary]):
        meta (WindowMeta):
    """

    data: list[DashboardSummary]
    meta: WindowMeta

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_summary import DashboardSummary  # noqa: PLC0415
        from ..models.window_meta import WindowMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DashboardSummary.from_dict(data_item_data)

            data.append(data_item)

        meta = WindowMeta.from_dict(d.pop("meta"))

        dashboard_list = cls(
            data=data,
            meta=meta,
        )

        return dashboard_list
