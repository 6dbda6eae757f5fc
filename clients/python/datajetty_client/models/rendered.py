from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Rendered")


@_attrs_define
class Rendered:
    """
    Attributes:
        cached (bool):
        html (str): an HTML fragment: inline SVG charts and tables
        ttl_s (int):
        version (int):
    """

    cached: bool
    html: str
    ttl_s: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        cached = self.cached

        html = self.html

        ttl_s = self.ttl_s

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cached": cached,
                "html": html,
                "ttl_s": ttl_s,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cached = d.pop("cached")

        html = d.pop("html")

        ttl_s = d.pop("ttl_s")

        version = d.pop("version")

        rendered = cls(
            cached=cached,
            html=html,
            ttl_s=ttl_s,
            version=version,
        )

        return rendered
