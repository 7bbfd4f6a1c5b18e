"""A bounded schemathesis run over /openapi.json: hypothesis-generated requests on every GET operation
(valid and invalid parameters), no server error."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")

#: Generated cases per operation.
EXAMPLES = 30


def test_no_server_error(client):
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [r.ok() for r in schema.get_all_operations()]
    gets = [op for op in operations if op.method.upper() == "GET"]
    assert len(gets) >= 9
    for op in gets:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.path_parameters, case.query, response.text)

        run()
