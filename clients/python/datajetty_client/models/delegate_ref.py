from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegateRef")


@_attrs_define
class DelegateRef:
    """
    Attributes:
        key_id (str | Unset): or one key
        tenant (str | Unset): tenant id or name
    """

    key_id: str | Unset = UNSET
    tenant: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        tenant = self.tenant

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id", UNSET)

        tenant = d.pop("tenant", UNSET)

        delegate_ref = cls(
            key_id=key_id,
            tenant=tenant,
        )

        return delegate_ref
