from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Lifecycle")


@_attrs_define
class Lifecycle:
    """
    Attributes:
        inactivity_timeout (str | Unset):
        ttl (str | Unset):
    """

    inactivity_timeout: str | Unset = UNSET
    ttl: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inactivity_timeout = self.inactivity_timeout

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        ttl = d.pop("ttl", UNSET)

        lifecycle = cls(
            inactivity_timeout=inactivity_timeout,
            ttl=ttl,
        )

        return lifecycle
