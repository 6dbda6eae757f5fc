from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.changes import Changes


T = TypeVar("T", bound="ChangesEnvelope")


@_attrs_define
class ChangesEnvelope:
    """
    Attributes:
        data (Changes):
        message (str):
    """

    data: Changes
    message: str

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changes import Changes  # noqa: PLC0415

        d = dict(src_dict)
        data = Changes.from_dict(d.pop("data"))

        message = d.pop("message")

        changes_envelope = cls(
            data=data,
            message=message,
        )

        return changes_envelope
