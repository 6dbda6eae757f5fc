from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadUrlCreate")


@_attrs_define
class DownloadUrlCreate:
    """
    Attributes:
        expires_in_s (int | Unset): lifetime in seconds, at most DOWNLOAD_URL_MAX_S (default 7 days) Default: 3600.
        file (str | Unset): default: the data file
    """

    expires_in_s: int | Unset = 3600
    file: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_in_s = self.expires_in_s

        file = self.file

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_in_s is not UNSET:
            field_dict["expires_in_s"] = expires_in_s
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_in_s = d.pop("expires_in_s", UNSET)

        file = d.pop("file", UNSET)

        download_url_create = cls(
            expires_in_s=expires_in_s,
            file=file,
        )

        return download_url_create
