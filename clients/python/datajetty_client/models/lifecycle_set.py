from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LifecycleSet")


@_attrs_define
class LifecycleSet:
    """
    Attributes:
        id (str):
        inactivity_timeout (None | str | Unset):
        ttl (None | str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    inactivity_timeout: None | str | Unset = UNSET
    ttl: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inactivity_timeout: None | str | Unset
        if isinstance(self.inactivity_timeout, Unset):
            inactivity_timeout = UNSET
        else:
            inactivity_timeout = self.inactivity_timeout

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_inactivity_timeout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inactivity_timeout = _parse_inactivity_timeout(d.pop("inactivity_timeout", UNSET))

        def _parse_ttl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        lifecycle_set = cls(
            id=id,
            inactivity_timeout=inactivity_timeout,
            ttl=ttl,
            updated_at=updated_at,
        )

        return lifecycle_set
