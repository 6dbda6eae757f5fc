from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IndexState")


@_attrs_define
class IndexState:
    """
    Attributes:
        path (str): a schema property marked x-index
        status (str): ready, building, or none (SQLite: filters scan the registry)
    """

    path: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "path": path,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        status = d.pop("status")

        index_state = cls(
            path=path,
            status=status,
        )

        return index_state
