from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deleted_record import DeletedRecord
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DeletedList")


@_attrs_define
class DeletedList:
    """
    Attributes:
        pagination (Pagination):
        records (list[DeletedRecord]):
    """

    pagination: Pagination
    records: list[DeletedRecord]

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagination": pagination,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deleted_record import DeletedRecord  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DeletedRecord.from_dict(records_item_data)

            records.append(records_item)

        deleted_list = cls(
            pagination=pagination,
            records=records,
        )

        return deleted_list
