from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deleted_record_ref import DeletedRecordRef


T = TypeVar("T", bound="RecordsDeleted")


@_attrs_define
class RecordsDeleted:
    """
    Attributes:
        count (int):
        deleted_record_versions (int): published versions removed
        records (list[DeletedRecordRef]):
        version (int): the new data version
    """

    count: int
    deleted_record_versions: int
    records: list[DeletedRecordRef]
    version: int

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        deleted_record_versions = self.deleted_record_versions

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "deleted_record_versions": deleted_record_versions,
                "records": records,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deleted_record_ref import DeletedRecordRef  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        deleted_record_versions = d.pop("deleted_record_versions")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DeletedRecordRef.from_dict(records_item_data)

            records.append(records_item)

        version = d.pop("version")

        records_deleted = cls(
            count=count,
            deleted_record_versions=deleted_record_versions,
            records=records,
            version=version,
        )

        return records_deleted
