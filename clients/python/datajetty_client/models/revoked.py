from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Revoked")


@_attrs_define
class Revoked:
    """
    Attributes:
        record_id (str):
        record_name (str):
        version (int | None | Unset): the new data version; null for a draft
    """

    record_id: str
    record_name: str
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        record_name = self.record_name

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "record_id": record_id,
                "record_name": record_name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        record_name = d.pop("record_name")

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        revoked = cls(
            record_id=record_id,
            record_name=record_name,
            version=version,
        )

        return revoked
