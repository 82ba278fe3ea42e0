"""Channels are entered with clear Thai errors and nothing already stored is lost."""

from pcio.compliance.models import Channel, EofficeVolume, Kind


def test_an_email_channel_must_be_an_email_address(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(f"/compliance/a/{agency_a.code}/channels/new/",
                           {"kind": Kind.EMAIL, "value": "not an address"})
    assert response.status_code == 200
    assert "ต้องเป็นอีเมล" in response.content.decode()
    assert not Channel.objects.exists()


def test_a_web_channel_must_be_an_http_url(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(f"/compliance/a/{agency_a.code}/channels/new/",
                           {"kind": Kind.ESERVICE, "value": "ftp://files.nso.go.th"})
    assert "URL (http:// หรือ https://)" in response.content.decode()


def test_a_staff_system_is_filed_under_section_16(client, officer_a, agency_a):
    client.force_login(officer_a)
    client.post(f"/compliance/a/{agency_a.code}/channels/new/",
                {"kind": Kind.STAFF_SYSTEM, "value": "https://eoffice.nso.go.th"})
    assert agency_a.channels.get().section == 16


def test_editing_a_channel_keeps_it_and_shows_the_last_check(client, officer_a, agency_a,
                                                             channel_for):
    channel = channel_for(agency_a, check_ok=False, check_message="เชื่อมต่อเว็บไซต์ไม่ได้")
    client.force_login(officer_a)
    page = client.get(f"/compliance/a/{agency_a.code}/").content.decode()
    assert "ไม่ผ่าน" in page and "เชื่อมต่อเว็บไซต์ไม่ได้" in page
    client.post(f"/compliance/channels/{channel.pk}/edit/",
                {"kind": Kind.WEB_FORM, "value": channel.value, "label": "ติดต่อ"})
    channel.refresh_from_db()
    assert channel.label == "ติดต่อ"


def test_monthly_e_office_volume_is_stored_per_month_and_replaced(client, officer_a, agency_a):
    client.force_login(officer_a)
    url = f"/compliance/a/{agency_a.code}/eoffice/"
    client.post(url, {"month": "2568-03", "documents": "900"})
    client.post(url, {"month": "03/2568", "documents": "1040"})
    volume = EofficeVolume.objects.get()
    assert (volume.month.isoformat(), volume.documents) == ("2025-03-01", 1040)
    assert "มีนาคม 2568" in client.get(f"/compliance/a/{agency_a.code}/").content.decode()


def test_an_unreadable_month_is_refused(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(f"/compliance/a/{agency_a.code}/eoffice/",
                           {"month": "มีนา", "documents": "10"})
    assert "อ่านเดือนไม่ได้" in response.content.decode()
    assert not EofficeVolume.objects.exists()


def test_the_same_channel_twice_is_refused_with_a_thai_error(client, officer_a, agency_a,
                                                            channel_for):
    channel_for(agency_a, Kind.EMAIL, "saraban@nso.go.th")
    client.force_login(officer_a)
    response = client.post(f"/compliance/a/{agency_a.code}/channels/new/",
                           {"kind": Kind.EMAIL, "value": "SARABAN@nso.go.th"})
    assert response.status_code == 200
    assert "มีช่องทางนี้อยู่แล้ว" in response.content.decode()
    assert Channel.objects.count() == 1
