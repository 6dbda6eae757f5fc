from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.key_create_scopes_item import KeyCreateScopesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyCreate")


@_attrs_define
class KeyCreate:
    """
    Attributes:
        scopes (list[KeyCreateScopesItem]):
        namespaces (list[str] | Unset): ids, names or verified domains: the only namespaces the key may reach
        owner (str | Unset):
    """

    scopes: list[KeyCreateScopesItem]
    namespaces: list[str] | Unset = UNSET
    owner: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        owner = self.owner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scopes": scopes,
            }
        )
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = KeyCreateScopesItem(scopes_item_data)

            scopes.append(scopes_item)

        namespaces = cast(list[str], d.pop("namespaces", UNSET))

        owner = d.pop("owner", UNSET)

        key_create = cls(
            scopes=scopes,
            namespaces=namespaces,
            owner=owner,
        )

        return key_create
