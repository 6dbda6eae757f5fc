from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.record import Record


T = TypeVar("T", bound="RecordPage")


@_attrs_define
class RecordPage:
    """
    Attributes:
        pagination (Pagination):
        records (list[Record]):
        version (int):
    """

    pagination: Pagination
    records: list[Record]
    version: int

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagination": pagination,
                "records": records,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.record import Record  # noqa: PLC0415

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = Record.from_dict(records_item_data)

            records.append(records_item)

        version = d.pop("version")

        record_page = cls(
            pagination=pagination,
            records=records,
            version=version,
        )

        return record_page
