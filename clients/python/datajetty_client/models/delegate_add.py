from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.delegate_add_permissions_item import DelegateAddPermissionsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegateAdd")


@_attrs_define
class DelegateAdd:
    """
    Attributes:
        key_id (str | Unset): or one key
        permissions (list[DelegateAddPermissionsItem] | Unset): read, publish (with read), manage (with both, and
            delegates); default manage
        tenant (str | Unset): tenant id or name
    """

    key_id: str | Unset = UNSET
    permissions: list[DelegateAddPermissionsItem] | Unset = UNSET
    tenant: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        tenant = self.tenant

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[DelegateAddPermissionsItem] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = DelegateAddPermissionsItem(permissions_item_data)

                permissions.append(permissions_item)

        tenant = d.pop("tenant", UNSET)

        delegate_add = cls(
            key_id=key_id,
            permissions=permissions,
            tenant=tenant,
        )

        return delegate_add
