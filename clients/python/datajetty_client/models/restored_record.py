from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RestoredRecord")


@_attrs_define
class RestoredRecord:
    """
    Attributes:
        deleted_history_id (str):
        namespace_id (str):
        record_id (str):
        record_name (str):
        registry_name (str):
        version (int): the data version the restore made
    """

    deleted_history_id: str
    namespace_id: str
    record_id: str
    record_name: str
    registry_name: str
    version: int

    def to_dict(self) -> dict[str, Any]:
        deleted_history_id = self.deleted_history_id

        namespace_id = self.namespace_id

        record_id = self.record_id

        record_name = self.record_name

        registry_name = self.registry_name

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted_history_id": deleted_history_id,
                "namespace_id": namespace_id,
                "record_id": record_id,
                "record_name": record_name,
                "registry_name": registry_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_history_id = d.pop("deleted_history_id")

        namespace_id = d.pop("namespace_id")

        record_id = d.pop("record_id")

        record_name = d.pop("record_name")

        registry_name = d.pop("registry_name")

        version = d.pop("version")

        restored_record = cls(
            deleted_history_id=deleted_history_id,
            namespace_id=namespace_id,
            record_id=record_id,
            record_name=record_name,
            registry_name=registry_name,
            version=version,
        )

        return restored_record
