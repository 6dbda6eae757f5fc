from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RegistryCreated")


@_attrs_define
class RegistryCreated:
    """
    Attributes:
        registry_id (str):
    """

    registry_id: str

    def to_dict(self) -> dict[str, Any]:
        registry_id = self.registry_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registry_id": registry_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registry_id = d.pop("registry_id")

        registry_created = cls(
            registry_id=registry_id,
        )

        return registry_created
