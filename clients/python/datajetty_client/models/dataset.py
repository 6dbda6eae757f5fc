from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """
    Attributes:
        contract (str):  Example: v3.
        dataset (str):  Example: orders.
        namespace (str):
        qualified_name (str):  Example: sales/orders.
        record_count (int):
        version (str):  Example: v24.
        description (None | str | Unset):
        last_published_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | Unset):
    """

    contract: str
    dataset: str
    namespace: str
    qualified_name: str
    record_count: int
    version: str
    description: None | str | Unset = UNSET
    last_published_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        dataset = self.dataset

        namespace = self.namespace

        qualified_name = self.qualified_name

        record_count = self.record_count

        version = self.version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        last_published_at: None | str | Unset
        if isinstance(self.last_published_at, Unset):
            last_published_at = UNSET
        elif isinstance(self.last_published_at, datetime.datetime):
            last_published_at = self.last_published_at.isoformat()
        else:
            last_published_at = self.last_published_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contract": contract,
                "dataset": dataset,
                "namespace": namespace,
                "qualified_name": qualified_name,
                "record_count": record_count,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if last_published_at is not UNSET:
            field_dict["last_published_at"] = last_published_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contract = d.pop("contract")

        dataset = d.pop("dataset")

        namespace = d.pop("namespace")

        qualified_name = d.pop("qualified_name")

        record_count = d.pop("record_count")

        version = d.pop("version")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_last_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_published_at = _parse_last_published_at(d.pop("last_published_at", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dataset = cls(
            contract=contract,
            dataset=dataset,
            namespace=namespace,
            qualified_name=qualified_name,
            record_count=record_count,
            version=version,
            description=description,
            last_published_at=last_published_at,
            updated_at=updated_at,
        )

        return dataset
