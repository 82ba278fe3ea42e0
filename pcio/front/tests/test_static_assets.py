import re

from django.contrib.staticfiles import finders


def test_the_stylesheet_and_sarabun_font_are_served_by_pcio(client, db):
    body = client.get("/").content.decode()
    assert not re.search(r'(src|href)="(https?:)?//', body), "no asset from another host"
    css = finders.find("pcio/pcio.css")
    assert css and "Sarabun-Regular.ttf" in open(css).read()
    assert finders.find("fonts/sarabun/Sarabun-Regular.ttf")
    assert finders.find("fonts/sarabun/Sarabun-Bold.ttf")


def test_pages_declare_a_phone_viewport(client, db):
    assert 'name="viewport" content="width=device-width' in client.get("/").content.decode()
