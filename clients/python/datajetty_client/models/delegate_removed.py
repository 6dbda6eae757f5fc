from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.delegate import Delegate


T = TypeVar("T", bound="DelegateRemoved")


@_attrs_define
class DelegateRemoved:
    """
    Attributes:
        current_delegates (list[Delegate]):
        message (str):
    """

    current_delegates: list[Delegate]
    message: str

    def to_dict(self) -> dict[str, Any]:
        current_delegates = []
        for current_delegates_item_data in self.current_delegates:
            current_delegates_item = current_delegates_item_data.to_dict()
            current_delegates.append(current_delegates_item)

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_delegates": current_delegates,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate import Delegate  # noqa: PLC0415

        d = dict(src_dict)
        current_delegates = []
        _current_delegates = d.pop("current_delegates")
        for current_delegates_item_data in _current_delegates:
            current_delegates_item = Delegate.from_dict(current_delegates_item_data)

            current_delegates.append(current_delegates_item)

        message = d.pop("message")

        delegate_removed = cls(
            current_delegates=current_delegates,
            message=message,
        )

        return delegate_removed
