"""Request-body guards for JSON APIs: size limit, malformed or hostile JSON, NUL characters."""

import json
import re
from typing import Any

from flask import current_app, request

from app.core.errors import InvalidRequest, PayloadTooLarge

# a \u0000 escape itself, not the text "\u0000" written with an escaped backslash ("\\u0000")
NUL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def guard_json_body() -> None:
    """before_request: 413 past JSON_BODY_LIMIT; 400 for JSON that is malformed, too deep or has NULs."""
    if request.method not in ("POST", "PUT", "PATCH") or request.mimetype == "multipart/form-data":
        return
    limit = current_app.config["JSON_BODY_LIMIT"]
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"JSON bodies are limited to {limit} bytes", {"max_bytes": limit})
    if not request.is_json:
        return
    raw = request.get_data(cache=True)
    if len(raw) > limit:
        raise PayloadTooLarge(f"JSON bodies are limited to {limit} bytes", {"max_bytes": limit})
    if not raw:
        return
    try:
        text = raw.decode("utf-8")
        parsed = json.loads(text)
    except UnicodeDecodeError:
        raise InvalidRequest("request body is not valid UTF-8", {"json": ["invalid UTF-8"]}) from None
    except RecursionError:
        raise InvalidRequest("JSON is nested too deeply", {"json": ["too deep"]}) from None
    except ValueError as exc:
        raise InvalidRequest(f"malformed JSON: {exc}", {"json": [str(exc)]}) from None
    if "\x00" in text or ("\\u0000" in text and NUL_ESCAPE.search(text)):
        raise InvalidRequest("NUL characters are not allowed in JSON strings", {"json": ["NUL character"]})
    if SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(parsed):
        raise InvalidRequest(
            "JSON strings may not hold unpaired UTF-16 surrogates (\\ud800-\\udfff)", {"json": ["lone surrogate"]}
        )


def _has_lone_surrogate(value: Any) -> bool:
    """A pair of escapes decodes to one character; a lone one cannot be encoded as UTF-8."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
