from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DiffSummary")


@_attrs_define
class DiffSummary:
    """
    Attributes:
        added (int):
        changed (int):
        removed (int):
    """

    added: int
    changed: int
    removed: int

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        changed = self.changed

        removed = self.removed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "added": added,
                "changed": changed,
                "removed": removed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = d.pop("added")

        changed = d.pop("changed")

        removed = d.pop("removed")

        diff_summary = cls(
            added=added,
            changed=changed,
            removed=removed,
        )

        return diff_summary
