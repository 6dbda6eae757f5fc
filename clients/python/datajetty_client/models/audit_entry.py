from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_entry_details_type_0 import AuditEntryDetailsType0


T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """
    Attributes:
        action (str):  Example: publishing.create_registry.
        id (int):
        resource (str): the request path, or the swept resource
        actor (None | str | Unset): the key's owner (or its id); maintenance
        created_at (datetime.datetime | Unset):
        details (AuditEntryDetailsType0 | None | Unset):
        key_id (None | str | Unset):
        method (None | str | Unset):
        namespace (None | str | Unset):
        outcome (int | None | Unset): the HTTP status answered
        request_id (None | str | Unset):
    """

    action: str
    id: int
    resource: str
    actor: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    details: AuditEntryDetailsType0 | None | Unset = UNSET
    key_id: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    outcome: int | None | Unset = UNSET
    request_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_details_type_0 import AuditEntryDetailsType0  # noqa: PLC0415

        action = self.action

        id = self.id

        resource = self.resource

        actor: None | str | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        else:
            actor = self.actor

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, AuditEntryDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        outcome: int | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "resource": resource,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if details is not UNSET:
            field_dict["details"] = details
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if method is not UNSET:
            field_dict["method"] = method
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_details_type_0 import AuditEntryDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        id = d.pop("id")

        resource = d.pop("resource")

        def _parse_actor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor = _parse_actor(d.pop("actor", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_details(data: object) -> AuditEntryDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = AuditEntryDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryDetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_outcome(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_entry = cls(
            action=action,
            id=id,
            resource=resource,
            actor=actor,
            created_at=created_at,
            details=details,
            key_id=key_id,
            method=method,
            namespace=namespace,
            outcome=outcome,
            request_id=request_id,
        )

        return audit_entry
