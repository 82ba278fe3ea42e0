from django.apps import apps
from django.core.management import call_command

from pcio.agencies.models import Agency, District


def _counts():
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


def test_the_demo_loads_nong_khai_and_can_run_twice(db, capsys):
    call_command("demo")
    first = _counts()
    call_command("demo")
    assert _counts() == first
    assert District.objects.filter(province__code="43").count() == 9
    assert Agency.objects.filter(type="district").count() == 9
    assert Agency.objects.get(code="NSO-NK").name_th == "สำนักงานสถิติจังหวัดหนองคาย"
    assert "admin /" in capsys.readouterr().out


def test_invented_local_administrations_are_marked_as_sample(db):
    call_command("demo")
    local = Agency.objects.filter(type__in=["municipality", "sao"])
    assert local.filter(is_sample=True).exists()
    assert not Agency.objects.filter(code="PO-NK", is_sample=True).exists()


def test_the_demo_admin_can_log_in_with_the_printed_password(client, db, capsys):
    call_command("demo")
    line = next(x for x in capsys.readouterr().out.splitlines() if "admin /" in x)
    password = line.split("/")[1].split()[0]
    # Through the login page: django-axes refuses client.login(), which passes no request.
    response = client.post("/login/", {"username": "admin", "password": password})
    assert response.status_code == 302 and response.wsgi_request.user.is_authenticated
