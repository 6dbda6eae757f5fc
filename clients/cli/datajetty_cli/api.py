"""The generated client behind the commands, and the one way errors reach the user."""

import json
from http import HTTPStatus

import click
from datajetty_client import AuthenticatedClient

from datajetty_cli import config


def client(settings: dict | None = None) -> AuthenticatedClient:
    settings = settings or config.load()
    return AuthenticatedClient(base_url=settings["base_url"], token=settings["token"], timeout=120)


def ok(response, expected=(HTTPStatus.OK, HTTPStatus.CREATED, HTTPStatus.ACCEPTED)):
    """The parsed body of a 2xx response; otherwise the server's message and details, exit code 1."""
    if response.status_code in expected:
        return response.parsed
    try:
        body = json.loads(response.content)
    except ValueError:
        body = {"message": response.content.decode(errors="replace")[:500]}
    message = body.get("message") or HTTPStatus(response.status_code).phrase
    details = body.get("details")
    text = f"{int(response.status_code)} {body.get('error', 'error')}: {message}"
    if details:
        text += "\n" + json.dumps(details, indent=2)
    raise click.ClickException(text)


def split_dataset(dataset: str) -> tuple[str, str]:
    namespace, _, registry = dataset.partition("/")
    if not namespace or not registry:
        raise click.BadParameter("use namespace/registry", param_hint="DATASET")
    return namespace, registry
