"""One setting prints every number of a document in Thai or Arabic digits; addresses keep the
digits they were typed with (pcio.lib.thai.digits_as)."""

import pytest

from pcio.lib.thai import digits_as


@pytest.mark.parametrize(("typed", "thai", "arabic"), [
    ("วันที่ 22 เมษายน พ.ศ. ๒๕๖๘ เวลา 13.30 น.", "วันที่ ๒๒ เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๓.๓๐ น.",
     "วันที่ 22 เมษายน พ.ศ. 2568 เวลา 13.30 น."),
    ("ครั้งที่ 1/๒๕๖๗", "ครั้งที่ ๑/๒๕๖๗", "ครั้งที่ 1/2567"),
    ("ที่ นค 0017.2/ว 15820", "ที่ นค ๐๐๑๗.๒/ว ๑๕๘๒๐", "ที่ นค 0017.2/ว 15820"),
])
def test_every_number_takes_the_documents_digits(typed, thai, arabic):
    assert digits_as(typed, "thai") == thai
    assert digits_as(typed, "arabic") == arabic


@pytest.mark.parametrize("address", ["https://www.dga.or.th/2567/report?page=2",
                                     "saraban2@nongkhai.go.th", "info.go.th", "web1.go.th"])
def test_urls_mail_addresses_and_domain_names_stay_as_typed(address):
    assert digits_as(f"ดูที่ {address} จำนวน 68 แห่ง", "thai") == f"ดูที่ {address} จำนวน ๖๘ แห่ง"
