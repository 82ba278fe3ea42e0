from django.apps import apps


def test_the_home_page_shows_a_card_for_each_built_app(client, committee_member):
    client.force_login(committee_member)  # some cards (webwatch) are for signed-in users only
    body = client.get("/").content.decode()
    assert 'class="card" href="/agencies/"' in body
    built = [c for c in apps.get_app_configs() if getattr(c, "dashboard_card", None)]
    assert body.count('class="card"') == len(built)


def test_an_app_without_a_dashboard_card_is_not_shown(client, db, monkeypatch):
    config = apps.get_app_config("agencies")
    monkeypatch.delattr(type(config), "dashboard_card")
    assert 'class="card" href="/agencies/"' not in client.get("/").content.decode()


def test_the_home_page_shows_todays_date_in_the_buddhist_era(client, db):
    from django.utils import timezone

    from pcio.lib.thai import be_year

    assert str(be_year(timezone.localdate())) in client.get("/").content.decode()
