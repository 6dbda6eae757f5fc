from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldChange")


@_attrs_define
class FieldChange:
    """
    Attributes:
        path (str): a dot path into details, or description
        after (Any | Unset):
        before (Any | Unset):
    """

    path: str
    after: Any | Unset = UNSET
    before: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        after = self.after

        before = self.before

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "path": path,
            }
        )
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        after = d.pop("after", UNSET)

        before = d.pop("before", UNSET)

        field_change = cls(
            path=path,
            after=after,
            before=before,
        )

        return field_change
