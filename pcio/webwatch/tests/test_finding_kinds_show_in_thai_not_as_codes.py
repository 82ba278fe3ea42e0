"""A civil servant reads what was found in Thai: the detector's codes (hidden_link, googlebot)
stay in the data, never on the incident or site page or in the alert."""

from pcio.webwatch import alerts

HIDDEN_LINK_TH = "ลิงก์เว็บพนันที่ซ่อนไว้ในหน้าเว็บ"


def test_the_incident_and_site_pages_name_findings_in_thai(client, make_infected, agency_a,
                                                           secretariat):
    incident = make_infected(agency_a)
    client.force_login(secretariat)
    for url in (incident.get_absolute_url(), incident.site.get_absolute_url()):
        html = client.get(url).content.decode()
        assert HIDDEN_LINK_TH in html
        assert "คอมพิวเตอร์ทั่วไป" in html  # the "desktop" persona
        assert "hidden_link" not in html


def test_the_alert_names_findings_in_thai(make_infected, agency_a):
    text = alerts.evidence_text(make_infected(agency_a))
    assert HIDDEN_LINK_TH in text
    assert "hidden_link" not in text and "desktop" not in text
