from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.delegate import Delegate


T = TypeVar("T", bound="DelegateAdded")


@_attrs_define
class DelegateAdded:
    """
    Attributes:
        delegate (Delegate):
        message (str):
    """

    delegate: Delegate
    message: str

    def to_dict(self) -> dict[str, Any]:
        delegate = self.delegate.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delegate": delegate,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate import Delegate  # noqa: PLC0415

        d = dict(src_dict)
        delegate = Delegate.from_dict(d.pop("delegate"))

        message = d.pop("message")

        delegate_added = cls(
            delegate=delegate,
            message=message,
        )

        return delegate_added
