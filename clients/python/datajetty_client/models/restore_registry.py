from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreRegistry")


@_attrs_define
class RestoreRegistry:
    """
    Attributes:
        namespace_id (str):
        registry_name (str):
        deleted_history_id (str | Unset):
    """

    namespace_id: str
    registry_name: str
    deleted_history_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace_id = self.namespace_id

        registry_name = self.registry_name

        deleted_history_id = self.deleted_history_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace_id": namespace_id,
                "registry_name": registry_name,
            }
        )
        if deleted_history_id is not UNSET:
            field_dict["deleted_history_id"] = deleted_history_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace_id = d.pop("namespace_id")

        registry_name = d.pop("registry_name")

        deleted_history_id = d.pop("deleted_history_id", UNSET)

        restore_registry = cls(
            namespace_id=namespace_id,
            registry_name=registry_name,
            deleted_history_id=deleted_history_id,
        )

        return restore_registry
