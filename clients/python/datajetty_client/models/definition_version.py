from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datasource import Datasource
    from ..models.layout import Layout


T = TypeVar("T", bound="DefinitionVersion")


@_attrs_define
class DefinitionVersion:
    """
    Attributes:
        dashboard_id (str):
        datasources (list[Datasource]):
        layout (Layout):
        published (bool):
        version (int):
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        published_at (datetime.datetime | None | Unset):
        published_version (int | None | Unset): get definition only
        restored_from (int | None | Unset):
        status (str | Unset): get definition only
    """

    dashboard_id: str
    datasources: list[Datasource]
    layout: Layout
    published: bool
    version: int
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    published_version: int | None | Unset = UNSET
    restored_from: int | None | Unset = UNSET
    status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        datasources = []
        for datasources_item_data in self.datasources:
            datasources_item = datasources_item_data.to_dict()
            datasources.append(datasources_item)

        layout = self.layout.to_dict()

        published = self.published

        version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_version: int | None | Unset
        if isinstance(self.published_version, Unset):
            published_version = UNSET
        else:
            published_version = self.published_version

        restored_from: int | None | Unset
        if isinstance(self.restored_from, Unset):
            restored_from = UNSET
        else:
            restored_from = self.restored_from

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dashboard_id": dashboard_id,
                "datasources": datasources,
                "layout": layout,
                "published": published,
                "version": version,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if published_version is not UNSET:
            field_dict["published_version"] = published_version
        if restored_from is not UNSET:
            field_dict["restored_from"] = restored_from
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datasource import Datasource  # noqa: PLC0415
        from ..models.layout import Layout  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        datasources = []
        _datasources = d.pop("datasources")
        for datasources_item_data in _datasources:
            datasources_item = Datasource.from_dict(datasources_item_data)

            datasources.append(datasources_item)

        layout = Layout.from_dict(d.pop("layout"))

        published = d.pop("published")

        version = d.pop("version")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_published_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        published_version = _parse_published_version(d.pop("published_version", UNSET))

        def _parse_restored_from(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        restored_from = _parse_restored_from(d.pop("restored_from", UNSET))

        status = d.pop("status", UNSET)

        definition_version = cls(
            dashboard_id=dashboard_id,
            datasources=datasources,
            layout=layout,
            published=published,
            version=version,
            created_at=created_at,
            created_by=created_by,
            published_at=published_at,
            published_version=published_version,
            restored_from=restored_from,
            status=status,
        )

        return definition_version
