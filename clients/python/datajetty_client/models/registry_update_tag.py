from enum import StrEnum


class RegistryUpdateTag(StrEnum):
    BECKN_SUBSCRIBER = "beckn_subscriber"
    BECKN_SUBSCRIBER_REFERENCE = "beckn_subscriber_reference"
    CUSTOM = "custom"
    MEMBERSHIP = "membership"
    PUBLIC_KEY = "public_key"
    REVOKE = "revoke"

    def __str__(self) -> str:
        return str(self.value)
