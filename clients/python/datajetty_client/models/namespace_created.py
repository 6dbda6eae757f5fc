from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NamespaceCreated")


@_attrs_define
class NamespaceCreated:
    """
    Attributes:
        namespace_id (str):
    """

    namespace_id: str

    def to_dict(self) -> dict[str, Any]:
        namespace_id = self.namespace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace_id": namespace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace_id = d.pop("namespace_id")

        namespace_created = cls(
            namespace_id=namespace_id,
        )

        return namespace_created
