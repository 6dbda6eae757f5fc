from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.receipt import Receipt


T = TypeVar("T", bound="Deliveries")


@_attrs_define
class Deliveries:
    """
    Attributes:
        deliveries (list[Receipt]):
        pagination (Pagination):
    """

    deliveries: list[Receipt]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deliveries": deliveries,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.receipt import Receipt  # noqa: PLC0415

        d = dict(src_dict)
        deliveries = []
        _deliveries = d.pop("deliveries")
        for deliveries_item_data in _deliveries:
            deliveries_item = Receipt.from_dict(deliveries_item_data)

            deliveries.append(deliveries_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        deliveries = cls(
            deliveries=deliveries,
            pagination=pagination,
        )

        return deliveries
