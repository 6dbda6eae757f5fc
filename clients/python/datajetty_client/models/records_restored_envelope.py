from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.records_restored import RecordsRestored


T = TypeVar("T", bound="RecordsRestoredEnvelope")


@_attrs_define
class RecordsRestoredEnvelope:
    """
    Attributes:
        data (RecordsRestored):
        message (str):
    """

    data: RecordsRestored
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
        from ..models.records_restored import RecordsRestored  # noqa: PLC0415

        d = dict(src_dict)
        data = RecordsRestored.from_dict(d.pop("data"))

        message = d.pop("message")

        records_restored_envelope = cls(
            data=data,
            message=message,
        )

        return records_restored_envelope
