"""The secretariat corrects a letter in the register without the Django admin."""

from datetime import date

from pcio.compliance.models import Letter


def make_letter():
    return Letter.objects.create(reference="นค 0017.2/ว 15820", dated=date(2024, 11, 11),
                                 subject="ขอเชิญประชุม", agenda_item="3.6")


def test_the_form_shows_the_date_in_the_buddhist_era(client, secretariat):
    letter = make_letter()
    client.force_login(secretariat)
    page = client.get(f"/compliance/letters/{letter.pk}/edit/").content.decode()
    assert 'value="11 พฤศจิกายน 2567"' in page


def test_the_secretariat_corrects_the_subject_and_date(client, secretariat):
    letter = make_letter()
    client.force_login(secretariat)
    response = client.post(f"/compliance/letters/{letter.pk}/edit/", {
        "reference": "นค 0017.2/ว 15820", "dated": "12 พฤศจิกายน 2567",
        "subject": "ขอเชิญประชุมคณะกรรมการ PCIO", "agenda_item": "3.6"})
    assert response.status_code == 302
    letter.refresh_from_db()
    assert (letter.subject, letter.dated) == ("ขอเชิญประชุมคณะกรรมการ PCIO", date(2024, 11, 12))
    assert Letter.objects.count() == 1


def test_a_bad_date_is_refused_in_thai_and_nothing_changes(client, secretariat):
    letter = make_letter()
    client.force_login(secretariat)
    response = client.post(f"/compliance/letters/{letter.pk}/edit/", {
        "reference": "นค 0017.2/ว 15820", "dated": "สามสิบสองธันวา", "subject": "แก้แล้ว"})
    assert response.status_code == 200
    letter.refresh_from_db()
    assert letter.subject == "ขอเชิญประชุม"


def test_an_agency_officer_may_not_edit_the_register(client, officer_a):
    letter = make_letter()
    client.force_login(officer_a)
    assert client.get(f"/compliance/letters/{letter.pk}/edit/").status_code == 403
    assert "/edit/" not in client.get("/compliance/letters/").content.decode()
