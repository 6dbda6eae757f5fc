from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.snapshot_create_format import SnapshotCreateFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotCreate")


@_attrs_define
class SnapshotCreate:
    """
    Attributes:
        dataset (str):
        description (str | Unset):
        format_ (SnapshotCreateFormat | Unset):  Default: SnapshotCreateFormat.PARQUET.
        inactivity_timeout (str | Unset):
        name (str | Unset):
        ttl (str | Unset):
        version (str | Unset):  Default: 'latest'.
    """

    dataset: str
    description: str | Unset = UNSET
    format_: SnapshotCreateFormat | Unset = SnapshotCreateFormat.PARQUET
    inactivity_timeout: str | Unset = UNSET
    name: str | Unset = UNSET
    ttl: str | Unset = UNSET
    version: str | Unset = "latest"

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        description = self.description

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        inactivity_timeout = self.inactivity_timeout

        name = self.name

        ttl = self.ttl

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset": dataset,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if name is not UNSET:
            field_dict["name"] = name
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        description = d.pop("description", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: SnapshotCreateFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = SnapshotCreateFormat(_format_)

        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        name = d.pop("name", UNSET)

        ttl = d.pop("ttl", UNSET)

        version = d.pop("version", UNSET)

        snapshot_create = cls(
            dataset=dataset,
            description=description,
            format_=format_,
            inactivity_timeout=inactivity_timeout,
            name=name,
            ttl=ttl,
            version=version,
        )

        return snapshot_create
