from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RegistryRestored")


@_attrs_define
class RegistryRestored:
    """
    Attributes:
        deleted_history_id (str):
        namespace_id (str):
        registry_name (str):
        restored_registry_versions (int):
        state (str): the state it is back in
    """

    deleted_history_id: str
    namespace_id: str
    registry_name: str
    restored_registry_versions: int
    state: str

    def to_dict(self) -> dict[str, Any]:
        deleted_history_id = self.deleted_history_id

        namespace_id = self.namespace_id

        registry_name = self.registry_name

        restored_registry_versions = self.restored_registry_versions

        state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deleted_history_id": deleted_history_id,
                "namespace_id": namespace_id,
                "registry_name": registry_name,
                "restored_registry_versions": restored_registry_versions,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_history_id = d.pop("deleted_history_id")

        namespace_id = d.pop("namespace_id")

        registry_name = d.pop("registry_name")

        restored_registry_versions = d.pop("restored_registry_versions")

        state = d.pop("state")

        registry_restored = cls(
            deleted_history_id=deleted_history_id,
            namespace_id=namespace_id,
            registry_name=registry_name,
            restored_registry_versions=restored_registry_versions,
            state=state,
        )

        return registry_restored
