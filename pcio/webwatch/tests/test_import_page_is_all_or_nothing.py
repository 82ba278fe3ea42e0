from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pcio.webwatch.models import Site


def upload(client, text):
    return client.post(reverse("webwatch_import"),
                       {"file": SimpleUploadedFile("sites.csv", text.encode("utf-8"))})


def test_the_secretariat_imports_sites_and_a_bad_file_changes_nothing(client, secretariat,
                                                                      agency_a, officer_a):
    client.force_login(officer_a)
    assert client.get(reverse("webwatch_import")).status_code == 403
    client.force_login(secretariat)
    bad = upload(client, "url,agency_code\nhttps://a.nongkhai.go.th/,A\nhttps://b.go.th/,ZZ\n")
    assert bad.status_code == 400 and "ไม่พบหน่วยงานรหัส &#x27;ZZ&#x27;" in bad.content.decode()
    assert not Site.objects.exists()
    good = upload(client, "url,agency_code\nhttps://a.nongkhai.go.th/,A\n")
    assert good.status_code == 200 and "นำเข้าสำเร็จ" in good.content.decode()
    assert Site.objects.get().agency == agency_a
