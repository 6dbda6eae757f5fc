from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """
    Attributes:
        key_id (str):
        rate_limit (str):  Example: 10/second.
        scopes (list[str]):
        tenant_id (str):
        tenant_name (str):
        namespaces (list[str] | None | Unset): the namespace ids it may reach; null: all
        owner (None | str | Unset):
    """

    key_id: str
    rate_limit: str
    scopes: list[str]
    tenant_id: str
    tenant_name: str
    namespaces: list[str] | None | Unset = UNSET
    owner: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        rate_limit = self.rate_limit

        scopes = self.scopes

        tenant_id = self.tenant_id

        tenant_name = self.tenant_name

        namespaces: list[str] | None | Unset
        if isinstance(self.namespaces, Unset):
            namespaces = UNSET
        elif isinstance(self.namespaces, list):
            namespaces = self.namespaces

        else:
            namespaces = self.namespaces

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key_id": key_id,
                "rate_limit": rate_limit,
                "scopes": scopes,
                "tenant_id": tenant_id,
                "tenant_name": tenant_name,
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
        key_id = d.pop("key_id")

        rate_limit = d.pop("rate_limit")

        scopes = cast(list[str], d.pop("scopes"))

        tenant_id = d.pop("tenant_id")

        tenant_name = d.pop("tenant_name")

        def _parse_namespaces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                namespaces_type_0 = cast(list[str], data)

                return namespaces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        namespaces = _parse_namespaces(d.pop("namespaces", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        me = cls(
            key_id=key_id,
            rate_limit=rate_limit,
            scopes=scopes,
            tenant_id=tenant_id,
            tenant_name=tenant_name,
            namespaces=namespaces,
            owner=owner,
        )

        return me
