from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedRegistry")


@_attrs_define
class DeletedRegistry:
    """
    Attributes:
        delete_scope (str): record or registry
        deleted_history_id (str):
        namespace_id (str):
        reason (str):
        registry_id (str):
        registry_name (str):
        state (str): deleted
        version (int): the data version the delete made
        deleted_at (datetime.datetime | Unset):
        deleted_by (None | str | Unset):
        previous_state (None | str | Unset): live or inactive: restored back
        restorable_until (datetime.datetime | Unset):
    """

    delete_scope: str
    deleted_history_id: str
    namespace_id: str
    reason: str
    registry_id: str
    registry_name: str
    state: str
    version: int
    deleted_at: datetime.datetime | Unset = UNSET
    deleted_by: None | str | Unset = UNSET
    previous_state: None | str | Unset = UNSET
    restorable_until: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        delete_scope = self.delete_scope

        deleted_history_id = self.deleted_history_id

        namespace_id = self.namespace_id

        reason = self.reason

        registry_id = self.registry_id

        registry_name = self.registry_name

        state = self.state

        version = self.version

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        deleted_by: None | str | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        else:
            deleted_by = self.deleted_by

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = self.previous_state

        restorable_until: str | Unset = UNSET
        if not isinstance(self.restorable_until, Unset):
            restorable_until = self.restorable_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delete_scope": delete_scope,
                "deleted_history_id": deleted_history_id,
                "namespace_id": namespace_id,
                "reason": reason,
                "registry_id": registry_id,
                "registry_name": registry_name,
                "state": state,
                "version": version,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by is not UNSET:
            field_dict["deleted_by"] = deleted_by
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state
        if restorable_until is not UNSET:
            field_dict["restorable_until"] = restorable_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_scope = d.pop("delete_scope")

        deleted_history_id = d.pop("deleted_history_id")

        namespace_id = d.pop("namespace_id")

        reason = d.pop("reason")

        registry_id = d.pop("registry_id")

        registry_name = d.pop("registry_name")

        state = d.pop("state")

        version = d.pop("version")

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        def _parse_deleted_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by = _parse_deleted_by(d.pop("deleted_by", UNSET))

        def _parse_previous_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_state = _parse_previous_state(d.pop("previous_state", UNSET))

        _restorable_until = d.pop("restorable_until", UNSET)
        restorable_until: datetime.datetime | Unset
        if isinstance(_restorable_until, Unset):
            restorable_until = UNSET
        else:
            restorable_until = datetime.datetime.fromisoformat(_restorable_until)

        deleted_registry = cls(
            delete_scope=delete_scope,
            deleted_history_id=deleted_history_id,
            namespace_id=namespace_id,
            reason=reason,
            registry_id=registry_id,
            registry_name=registry_name,
            state=state,
            version=version,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
            previous_state=previous_state,
            restorable_until=restorable_until,
        )

        return deleted_registry
