from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.delegate import Delegate


T = TypeVar("T", bound="DelegateList")


@_attrs_define
class DelegateList:
    """
    Attributes:
        delegates (list[Delegate]):
        message (str):
        owner (str): the owning tenant's name
    """

    delegates: list[Delegate]
    message: str
    owner: str

    def to_dict(self) -> dict[str, Any]:
        delegates = []
        for delegates_item_data in self.delegates:
            delegates_item = delegates_item_data.to_dict()
            delegates.append(delegates_item)

        message = self.message

        owner = self.owner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delegates": delegates,
                "message": message,
                "owner": owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate import Delegate  # noqa: PLC0415

        d = dict(src_dict)
        delegates = []
        _delegates = d.pop("delegates")
        for delegates_item_data in _delegates:
            delegates_item = Delegate.from_dict(delegates_item_data)

            delegates.append(delegates_item)

        message = d.pop("message")

        owner = d.pop("owner")

        delegate_list = cls(
            delegates=delegates,
            message=message,
            owner=owner,
        )

        return delegate_list
