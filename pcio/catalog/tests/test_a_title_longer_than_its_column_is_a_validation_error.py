"""Metadata kept in a column of its own (name, title, data_type, ...) must fit it: a longer
value is a validation error naming the field, where PostgreSQL refused it with a 500."""

import json

from pcio.catalog.tests.conftest import valid_metadata
from pcio.catalog.validation import validate


def test_validation_names_a_title_past_500_characters(db):
    errors = validate(valid_metadata(title="ก" * 501))
    assert list(errors) == ["title"] and "ยาวเกิน 500 ตัวอักษร" in errors["title"][0]


def test_the_ckan_api_answers_a_409_for_it(client, officer_a, token_for, agency_a):
    response = client.post("/api/3/action/package_create",
                           json.dumps(valid_metadata(title="ก" * 501)),
                           content_type="application/json", HTTP_AUTHORIZATION=token_for(officer_a))
    assert response.status_code == 409 and "title" in response.json()["error"]
