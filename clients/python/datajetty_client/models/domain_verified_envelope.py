from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.verified import Verified


T = TypeVar("T", bound="DomainVerifiedEnvelope")


@_attrs_define
class DomainVerifiedEnvelope:
    """
    Attributes:
        data (Verified):
        message (str):
    """

    data: Verified
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
        from ..models.verified import Verified  # noqa: PLC0415

        d = dict(src_dict)
        data = Verified.from_dict(d.pop("data"))

        message = d.pop("message")

        domain_verified_envelope = cls(
            data=data,
            message=message,
        )

        return domain_verified_envelope
