from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.diff_summary import DiffSummary
    from ..models.pagination import Pagination
    from ..models.record_change import RecordChange


T = TypeVar("T", bound="Diff")


@_attrs_define
class Diff:
    """
    Attributes:
        changes (list[RecordChange]):
        from_ (int):
        pagination (Pagination):
        summary (DiffSummary):
        to (int):
    """

    changes: list[RecordChange]
    from_: int
    pagination: Pagination
    summary: DiffSummary
    to: int

    def to_dict(self) -> dict[str, Any]:
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        from_ = self.from_

        pagination = self.pagination.to_dict()

        summary = self.summary.to_dict()

        to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "from": from_,
                "pagination": pagination,
                "summary": summary,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diff_summary import DiffSummary  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.record_change import RecordChange  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = RecordChange.from_dict(changes_item_data)

            changes.append(changes_item)

        from_ = d.pop("from")

        pagination = Pagination.from_dict(d.pop("pagination"))

        summary = DiffSummary.from_dict(d.pop("summary"))

        to = d.pop("to")

        diff = cls(
            changes=changes,
            from_=from_,
            pagination=pagination,
            summary=summary,
            to=to,
        )

        return diff
