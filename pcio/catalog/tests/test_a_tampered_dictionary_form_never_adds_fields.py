"""The data dictionary editor only edits the fields read from the file: a post whose
management form claims fewer initial rows (0, -1, a huge number) changes nothing and is no
500 (its rows were saved as new fields of no resource: IntegrityError)."""

import pytest

from pcio.catalog import services
from pcio.catalog.models import Field

COUNTS = "amphoe,total\nเมืองหนองคาย,120\n".encode()


@pytest.mark.parametrize("initial", ["0", "-1", "-99999999999999999999"])
def test_rows_posted_as_new_are_not_saved(client, officer_a, public_dataset, initial):
    resource, _ = services.save_resource(public_dataset, {"name": "t"},
                                         upload=(COUNTS, "t.csv"))
    client.force_login(officer_a)
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": initial, "form-0-label_th": "ใหม่",
            "form-0-type": "text"}
    response = client.post(f"/catalog/dataset/nk-tourists/resource/{resource.uid}/dictionary/",
                           data)
    assert response.status_code < 500
    assert sorted(Field.objects.values_list("name", flat=True)) == ["amphoe", "total"]
