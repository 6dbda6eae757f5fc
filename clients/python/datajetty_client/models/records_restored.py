from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.restored_record import RestoredRecord


T = TypeVar("T", bound="RecordsRestored")


@_attrs_define
class RecordsRestored:
    """
    Attributes:
        records (list[RestoredRecord]):
        restored_record_versions (int):
    """

    records: list[RestoredRecord]
    restored_record_versions: int

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        restored_record_versions = self.restored_record_versions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
                "restored_record_versions": restored_record_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restored_record import RestoredRecord  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = RestoredRecord.from_dict(records_item_data)

            records.append(records_item)

        restored_record_versions = d.pop("restored_record_versions")

        records_restored = cls(
            records=records,
            restored_record_versions=restored_record_versions,
        )

        return records_restored
