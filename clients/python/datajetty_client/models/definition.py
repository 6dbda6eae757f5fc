from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.datasource import Datasource
    from ..models.layout import Layout


T = TypeVar("T", bound="Definition")


@_attrs_define
class Definition:
    """
    Attributes:
        dashboard_id (str):
        datasources (list[Datasource]):
        layout (Layout):
    """

    dashboard_id: str
    datasources: list[Datasource]
    layout: Layout

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        datasources = []
        for datasources_item_data in self.datasources:
            datasources_item = datasources_item_data.to_dict()
            datasources.append(datasources_item)

        layout = self.layout.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dashboard_id": dashboard_id,
                "datasources": datasources,
                "layout": layout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datasource import Datasource  # noqa: PLC0415
        from ..models.layout import Layout  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        datasources = []
        _datasources = d.pop("datasources")
        for datasources_item_data in _datasources:
            datasources_item = Datasource.from_dict(datasources_item_data)

            datasources.append(datasources_item)

        layout = Layout.from_dict(d.pop("layout"))

        definition = cls(
            dashboard_id=dashboard_id,
            datasources=datasources,
            layout=layout,
        )

        return definition
