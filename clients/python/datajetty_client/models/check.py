from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Check")


@_attrs_define
class Check:
    """
    Attributes:
        verified (bool):
        domain (str | Unset): present when verified
    """

    verified: bool
    domain: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        verified = self.verified

        domain = self.domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "verified": verified,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verified = d.pop("verified")

        domain = d.pop("domain", UNSET)

        check = cls(
            verified=verified,
            domain=domain,
        )

        return check
