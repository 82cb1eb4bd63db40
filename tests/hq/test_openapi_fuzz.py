"""The API says what it does (issue 14, item 6): schemathesis against HQ on PostgreSQL and on SQLite.

Requests generated from HQ's own OpenAPI document, sent with a valid device token (and, as the
coverage phase does, with broken values): no answer is a server error, every status is one the
operation documents, and every body matches the schema documented for that status. Examples are
bounded so the whole module runs in about a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hq.app import create_app
from showroom.sync.client import PROTOCOL
from tests.hq.helpers import token_of

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25  # per operation and backend


@pytest.fixture
def signed(hq, cs) -> dict:
    """The headers of a real device of showroom CS."""
    return {"Authorization": f"Bearer {token_of(cs)}", "X-Showroom-Protocol": PROTOCOL}


# The document does not depend on the database: read from an app that never connects to one, then the
# cases are sent to the HQ of each backend (schemathesis' lazy fixture loader does not run on pytest 9).
schema = schemathesis.openapi.from_dict(create_app("sqlite://", migrate=False).openapi())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_answer_is_documented(case, hq, signed):
    case.call_and_validate(headers=signed, checks=CHECKS, app=hq.app)


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_answer_is_documented_without_credentials(case, hq):
    case.call_and_validate(headers={"X-Showroom-Protocol": PROTOCOL}, checks=CHECKS, app=hq.app)
