from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RegistryDeleted")


@_attrs_define
class RegistryDeleted:
    """
    Attributes:
        deleted_history_id (str):
        deleted_record_versions (int): its records' versions
        deleted_registry_versions (int): its data versions
        registry_name (str):
    """

    deleted_history_id: str
    deleted_record_versions: int
    deleted_registry_versions: int
    registry_name: str

    def to_dict(self) -> dict[str, Any]:
        deleted_history_id = self.deleted_history_id

        deleted_record_versions = self.deleted_record_versions

        deleted_registry_versions = self.deleted_registry_versions

        registry_name = self.registry_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted_history_id": deleted_history_id,
                "deleted_record_versions": deleted_record_versions,
                "deleted_registry_versions": deleted_registry_versions,
                "registry_name": registry_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_history_id = d.pop("deleted_history_id")

        deleted_record_versions = d.pop("deleted_record_versions")

        deleted_registry_versions = d.pop("deleted_registry_versions")

        registry_name = d.pop("registry_name")

        registry_deleted = cls(
            deleted_history_id=deleted_history_id,
            deleted_record_versions=deleted_record_versions,
            deleted_registry_versions=deleted_registry_versions,
            registry_name=registry_name,
        )

        return registry_deleted
