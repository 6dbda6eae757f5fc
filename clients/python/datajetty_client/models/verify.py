from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Verify")


@_attrs_define
class Verify:
    """
    Attributes:
        namespace_id (str):
        domain (str | Unset): if several wait
    """

    namespace_id: str
    domain: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace_id = self.namespace_id

        domain = self.domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace_id": namespace_id,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace_id = d.pop("namespace_id")

        domain = d.pop("domain", UNSET)

        verify = cls(
            namespace_id=namespace_id,
            domain=domain,
        )

        return verify
