from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Removed")


@_attrs_define
class Removed:
    """
    Attributes:
        domain (str):
        domain_removed_from_namespace (bool):
        domain_still_verified (bool):
        removed_entries (int):
        removed_targets (list[str]):
        verification_methods (list[str]):
    """

    domain: str
    domain_removed_from_namespace: bool
    domain_still_verified: bool
    removed_entries: int
    removed_targets: list[str]
    verification_methods: list[str]

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        domain_removed_from_namespace = self.domain_removed_from_namespace

        domain_still_verified = self.domain_still_verified

        removed_entries = self.removed_entries

        removed_targets = self.removed_targets

        verification_methods = self.verification_methods

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
                "domain_removed_from_namespace": domain_removed_from_namespace,
                "domain_still_verified": domain_still_verified,
                "removed_entries": removed_entries,
                "removed_targets": removed_targets,
                "verification_methods": verification_methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        domain_removed_from_namespace = d.pop("domain_removed_from_namespace")

        domain_still_verified = d.pop("domain_still_verified")

        removed_entries = d.pop("removed_entries")

        removed_targets = cast(list[str], d.pop("removed_targets"))

        verification_methods = cast(list[str], d.pop("verification_methods"))

        removed = cls(
            domain=domain,
            domain_removed_from_namespace=domain_removed_from_namespace,
            domain_still_verified=domain_still_verified,
            removed_entries=removed_entries,
            removed_targets=removed_targets,
            verification_methods=verification_methods,
        )

        return removed
