from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.search_hit import SearchHit


T = TypeVar("T", bound="Search")


@_attrs_define
class Search:
    """
    Attributes:
        data (list[SearchHit]):
        message (str):
    """

    data: list[SearchHit]
    message: str

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_hit import SearchHit  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SearchHit.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message")

        search = cls(
            data=data,
            message=message,
        )

        return search
