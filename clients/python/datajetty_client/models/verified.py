from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Verified")


@_attrs_define
class Verified:
    """
    Attributes:
        domain (str):
        namespace_id (str):
        verified_at (datetime.datetime | Unset):
    """

    domain: str
    namespace_id: str
    verified_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        namespace_id = self.namespace_id

        verified_at: str | Unset = UNSET
        if not isinstance(self.verified_at, Unset):
            verified_at = self.verified_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "namespace_id": namespace_id,
            }
        )
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        namespace_id = d.pop("namespace_id")

        _verified_at = d.pop("verified_at", UNSET)
        verified_at: datetime.datetime | Unset
        if isinstance(_verified_at, Unset):
            verified_at = UNSET
        else:
            verified_at = datetime.datetime.fromisoformat(_verified_at)

        verified = cls(
            domain=domain,
            namespace_id=namespace_id,
            verified_at=verified_at,
        )

        return verified
