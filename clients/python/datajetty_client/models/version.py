from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Version")


@_attrs_define
class Version:
    """
    Attributes:
        change (str):
        version (int):
        actor (None | str | Unset):
        created_at (datetime.datetime | Unset):
        record_count (int | None | Unset):
    """

    change: str
    version: int
    actor: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    record_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        change = self.change

        version = self.version

        actor: None | str | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        else:
            actor = self.actor

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        record_count: int | None | Unset
        if isinstance(self.record_count, Unset):
            record_count = UNSET
        else:
            record_count = self.record_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "change": change,
                "version": version,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if record_count is not UNSET:
            field_dict["record_count"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change = d.pop("change")

        version = d.pop("version")

        def _parse_actor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor = _parse_actor(d.pop("actor", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_record_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_count = _parse_record_count(d.pop("record_count", UNSET))

        version = cls(
            change=change,
            version=version,
            actor=actor,
            created_at=created_at,
            record_count=record_count,
        )

        return version
