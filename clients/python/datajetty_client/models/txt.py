from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Txt")


@_attrs_define
class Txt:
    """
    Attributes:
        domain (str):
        txt (str):  Example: dedi-verification=3f9a….
        verification_method (str):
    """

    domain: str
    txt: str
    verification_method: str

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        txt = self.txt

        verification_method = self.verification_method

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "txt": txt,
                "verification_method": verification_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        txt = d.pop("txt")

        verification_method = d.pop("verification_method")

        txt = cls(
            domain=domain,
            txt=txt,
            verification_method=verification_method,
        )

        return txt
