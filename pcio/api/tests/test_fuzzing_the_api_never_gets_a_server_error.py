"""Schemathesis fuzzes every operation of /api/schema/ with requests the schema allows and
requests it does not, as the secretariat (token) and anonymously; no answer may be a 5xx.

It calls pcio's WSGI application in-process (the whole middleware stack, with the test's
database transaction), bounded for CI: a few examples per operation and mode, the seed fixed
(derandomize), no shrinking. Each 5xx is reported with its request and traceback.
"""

import traceback
from collections import Counter
from datetime import date, time
from importlib import import_module

import pytest
import schemathesis
from django.core.signals import got_request_exception, request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode

from pcio.catalog import services as catalog
from pcio.catalog.tests.conftest import valid_metadata
from pcio.meetings import services as meetings
from pcio.meetings.models import ActionItem, Committee, Section
from pcio.wsgi import application

EXAMPLES = 5  # per operation and mode
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
CONSTRAINED = {"enum", "pattern", "format", "minLength", "maxLength"}


@pytest.fixture
def records(secretariat, agency_a, agency_b):
    """Something behind every endpoint; a dataset and an action item keep agency A from
    being deleted (409)."""
    for app in ("agencies", "readiness", "webwatch", "compliance"):
        import_module(f"pcio.{app}.demo").load()
    catalog.ensure_groups()
    catalog.save_dataset(valid_metadata(owner_org="A"))
    committee = Committee.objects.create(code="pcio", name_th="คณะกรรมการ PCIO",
                                         secretariat=agency_a)
    meeting = meetings.create_meeting(committee, 1, 2568, date(2025, 1, 20), time(9, 30), "ห้อง")
    item = meetings.add_item(meeting, Section.FOR_DECISION, title="เว็บไซต์หน่วยงาน")
    resolution = meetings.record_resolution(item, "assigned", "ให้ปรับปรุง")
    ActionItem.objects.create(resolution=resolution, title="ปรับปรุงเว็บไซต์", agency=agency_a)


@pytest.fixture
def in_process():
    """Requests share the test's transaction, as with Django's test client: the handler must
    not close the connection at each request's start and end."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def crashes():
    """The traceback of each exception a request raised (a 500's cause)."""
    seen = []

    def record(sender, request=None, **kwargs):
        seen.append(traceback.format_exc())

    got_request_exception.connect(record, weak=False)
    yield seen
    got_request_exception.disconnect(record)


@pytest.mark.parametrize("signed_in", [True, False], ids=["secretariat", "anonymous"])
def test_no_generated_request_gets_a_5xx(signed_in, records, in_process, crashes, secretariat,
                                         token_for):
    headers = {"Authorization": f"Token {token_for(secretariat)}"} if signed_in else {}
    schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
    run = Run(headers, crashes)
    for operation in (result.ok() for result in schema.get_all_operations()):
        # Anonymous writes are refused (401) before their input is read.
        if signed_in or operation.method == "get":
            for mode in modes(operation):
                run.fuzz(operation, mode)
    assert not run.failures, "\n\n".join(run.failures)
    # The token works: some generated writes were made, not all refused as anonymous ones.
    assert run.answers["write", 2] if signed_in else run.answers["read", 2]


def modes(operation):
    """Negative examples only where a request can break the schema: with a body or a
    parameter that is more than any string. For GET /api/v1/agencies/{code}/ Hypothesis would
    spend seconds looking for one and find none."""
    raw = operation.definition.raw
    breakable = "requestBody" in raw or any(
        param.get("schema", {}).get("type") != "string" or CONSTRAINED & set(param["schema"])
        for param in raw.get("parameters", []))
    return list(GenerationMode) if breakable else [GenerationMode.POSITIVE]


class Run:
    """One user's requests: how they were answered, and each 5xx with its traceback."""

    def __init__(self, headers, crashes):
        self.headers, self.crashes = headers, crashes
        self.answers, self.failures = Counter(), []

    def fuzz(self, operation, mode):
        @FUZZ
        @given(operation.as_strategy(generation_mode=mode))
        def call(case):
            self.crashes.clear()
            response = case.call(headers=self.headers)
            kind = "read" if case.method == "GET" else "write"
            self.answers[kind, response.status_code // 100] += 1
            if response.status_code >= 500:
                self.failures.append(f"{response.status_code} "
                                     f"{case.as_curl_command(self.headers)}\n"
                                     + "".join(self.crashes))

        call()
