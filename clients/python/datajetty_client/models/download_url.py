from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DownloadUrl")


@_attrs_define
class DownloadUrl:
    """
    Attributes:
        expires_at (datetime.datetime):
        file (str):
        link_id (str): revoke with DELETE /download-urls/{link_id}
        snapshot_id (str):
        url (str):  Example: https://datajetty.example/d/eyJkIjoiZGxf....
    """

    expires_at: datetime.datetime
    file: str
    link_id: str
    snapshot_id: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        file = self.file

        link_id = self.link_id

        snapshot_id = self.snapshot_id

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_at": expires_at,
                "file": file,
                "link_id": link_id,
                "snapshot_id": snapshot_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        file = d.pop("file")

        link_id = d.pop("link_id")

        snapshot_id = d.pop("snapshot_id")

        url = d.pop("url")

        download_url = cls(
            expires_at=expires_at,
            file=file,
            link_id=link_id,
            snapshot_id=snapshot_id,
            url=url,
        )

        return download_url
