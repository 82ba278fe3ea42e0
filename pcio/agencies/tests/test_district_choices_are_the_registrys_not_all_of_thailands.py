"""The reference data holds all 928 districts; filters and the agency form offer the ones of
the province the registry covers."""

from pcio.agencies.forms import AgencyForm
from pcio.agencies.models import District


def test_the_list_filter_offers_the_districts_agencies_are_in(client, agency_a):
    page = client.get("/agencies/").content.decode()
    assert "เมืองหนองคาย" in page and "เกาะพะงัน" not in page


def test_the_agency_form_offers_the_registrys_provinces_districts(agency_a):
    choices = AgencyForm(instance=agency_a, secretariat=True).fields["district"].queryset
    assert set(choices.values_list("province__code", flat=True)) == {"43"}
    assert choices.count() == District.objects.filter(province__code="43").count() == 9


def test_an_empty_registry_offers_every_district(db):
    assert AgencyForm(secretariat=True).fields["district"].queryset.count() == 928
