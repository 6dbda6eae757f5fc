from enum import StrEnum


class GenerateDnsTxtVerificationMethod(StrEnum):
    SELF_DNS = "self_dns"
    SELF_HTTP = "self_http"

    def __str__(self) -> str:
        return str(self.value)
