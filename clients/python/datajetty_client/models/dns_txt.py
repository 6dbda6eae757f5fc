from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsTxt")


@_attrs_define
class DnsTxt:
    """
    Attributes:
        domain (str):
        is_verified (bool):
        namespace_id (str):
        txt (str):
        verification_method (str):
        last_checked_at (datetime.datetime | None | Unset):
    """

    domain: str
    is_verified: bool
    namespace_id: str
    txt: str
    verification_method: str
    last_checked_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        is_verified = self.is_verified

        namespace_id = self.namespace_id

        txt = self.txt

        verification_method = self.verification_method

        last_checked_at: None | str | Unset
        if isinstance(self.last_checked_at, Unset):
            last_checked_at = UNSET
        elif isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat()
        else:
            last_checked_at = self.last_checked_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "is_verified": is_verified,
                "namespace_id": namespace_id,
                "txt": txt,
                "verification_method": verification_method,
            }
        )
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        is_verified = d.pop("is_verified")

        namespace_id = d.pop("namespace_id")

        txt = d.pop("txt")

        verification_method = d.pop("verification_method")

        def _parse_last_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_checked_at = _parse_last_checked_at(d.pop("last_checked_at", UNSET))

        dns_txt = cls(
            domain=domain,
            is_verified=is_verified,
            namespace_id=namespace_id,
            txt=txt,
            verification_method=verification_method,
            last_checked_at=last_checked_at,
        )

        return dns_txt
