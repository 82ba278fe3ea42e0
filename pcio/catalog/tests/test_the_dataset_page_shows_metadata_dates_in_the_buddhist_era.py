"""A dataset's metadata dates read like every other date on the page (31 มกราคม 2568), not as
the ISO string the GD Catalog stores (2025-01-31)."""


def test_metadata_dates_are_thai(client, public_dataset):
    html = client.get(public_dataset.get_absolute_url()).content.decode()
    assert "2025-01-31" not in html
    assert "31 มกราคม 2568" in html
