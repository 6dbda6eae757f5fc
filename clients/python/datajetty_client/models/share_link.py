from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.share_link_filters import ShareLinkFilters


T = TypeVar("T", bound="ShareLink")


@_attrs_define
class ShareLink:
    """
    Attributes:
        share_id (str):
        version (int):
        created_at (datetime.datetime | Unset):
        dashboard_id (None | str | Unset):
        expires_at (datetime.datetime | Unset):
        filters (ShareLinkFilters | Unset): fixed viewer filters
        revoked_at (datetime.datetime | None | Unset):
    """

    share_id: str
    version: int
    created_at: datetime.datetime | Unset = UNSET
    dashboard_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    filters: ShareLinkFilters | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        share_id = self.share_id

        version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dashboard_id: None | str | Unset
        if isinstance(self.dashboard_id, Unset):
            dashboard_id = UNSET
        else:
            dashboard_id = self.dashboard_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "share_id": share_id,
                "version": version,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if filters is not UNSET:
            field_dict["filters"] = filters
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.share_link_filters import ShareLinkFilters  # noqa: PLC0415

        d = dict(src_dict)
        share_id = d.pop("share_id")

        version = d.pop("version")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_dashboard_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dashboard_id = _parse_dashboard_id(d.pop("dashboard_id", UNSET))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _filters = d.pop("filters", UNSET)
        filters: ShareLinkFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ShareLinkFilters.from_dict(_filters)

        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        share_link = cls(
            share_id=share_id,
            version=version,
            created_at=created_at,
            dashboard_id=dashboard_id,
            expires_at=expires_at,
            filters=filters,
            revoked_at=revoked_at,
        )

        return share_link
