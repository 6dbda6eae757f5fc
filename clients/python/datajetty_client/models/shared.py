from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Shared")


@_attrs_define
class Shared:
    """
    Attributes:
        expires_at (datetime.datetime):
        share_id (str):
        url (str): the signed, expiring, read-only link
    """

    expires_at: datetime.datetime
    share_id: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        share_id = self.share_id

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_at": expires_at,
                "share_id": share_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        share_id = d.pop("share_id")

        url = d.pop("url")

        shared = cls(
            expires_at=expires_at,
            share_id=share_id,
            url=url,
        )

        return shared
