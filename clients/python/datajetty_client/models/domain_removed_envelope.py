from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.removed import Removed


T = TypeVar("T", bound="DomainRemovedEnvelope")


@_attrs_define
class DomainRemovedEnvelope:
    """
    Attributes:
        data (Removed):
        message (str):
    """

    data: Removed
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
        from ..models.removed import Removed  # noqa: PLC0415

        d = dict(src_dict)
        data = Removed.from_dict(d.pop("data"))

        message = d.pop("message")

        domain_removed_envelope = cls(
            data=data,
            message=message,
        )

        return domain_removed_envelope
