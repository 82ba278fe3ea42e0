"""The letter form's example number names no province before the province keeps a letter,
then follows the abbreviation of its own letters."""

from datetime import date

import pytest

from pcio.compliance.letters import normalise_reference
from pcio.compliance.models import Letter


def _help(client):
    return client.get("/compliance/letters/new/").content.decode()


def test_before_any_letter_the_example_is_a_placeholder(client, secretariat):
    client.force_login(secretariat)
    assert "ที่ กข 0017.2/ว 15820" in _help(client) and "นค" not in _help(client)


def test_then_it_takes_the_provinces_abbreviation(client, secretariat):
    Letter.objects.create(reference="อด 0017.2/ว 100", dated=date(2025, 1, 5), subject="x")
    client.force_login(secretariat)
    assert "ที่ อด 0017.2/ว 15820" in _help(client)
    with pytest.raises(ValueError, match="อด 0017.2/ว 15820"):
        normalise_reference("เลขผิด")
