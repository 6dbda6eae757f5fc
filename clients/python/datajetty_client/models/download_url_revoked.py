from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DownloadUrlRevoked")


@_attrs_define
class DownloadUrlRevoked:
    """
    Attributes:
        link_id (str):
        revoked_at (datetime.datetime):
    """

    link_id: str
    revoked_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        revoked_at = self.revoked_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "link_id": link_id,
                "revoked_at": revoked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link_id = d.pop("link_id")

        revoked_at = datetime.datetime.fromisoformat(d.pop("revoked_at"))

        download_url_revoked = cls(
            link_id=link_id,
            revoked_at=revoked_at,
        )

        return download_url_revoked
