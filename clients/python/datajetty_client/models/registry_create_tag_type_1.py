from enum import StrEnum


class RegistryCreateTagType1(StrEnum):
    BECKN_SUBSCRIBER = "beckn_subscriber"
    BECKN_SUBSCRIBER_REFERENCE = "beckn_subscriber_reference"
    MEMBERSHIP = "membership"
    PUBLIC_KEY = "public_key"
    REVOKE = "revoke"

    def __str__(self) -> str:
        return str(self.value)
