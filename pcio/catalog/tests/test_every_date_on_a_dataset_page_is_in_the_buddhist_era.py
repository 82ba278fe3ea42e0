"""Every date a dataset page shows reads in the Buddhist era, like the page's own dates: the
metadata's dates, the dates in a data file's preview and a date column's example in the
data dictionary (a file holding 2024-10-01 was shown as such beside B.E. dates). Machine
output (DCAT JSON-LD) keeps ISO dates."""

import re

from pcio.catalog import services

MONTHLY = "เดือน,จำนวน\n2024-10-01,152340\n2024-11-01,0\n".encode()
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def shown_text(html):
    html = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)  # attributes (links, datetime=) are not read


def test_dates_in_the_metadata_preview_and_dictionary_read_in_buddhist_era(client,
                                                                           public_dataset):
    services.save_resource(public_dataset, {"name": "รายเดือน"}, upload=(MONTHLY, "m.csv"))
    text = shown_text(client.get(public_dataset.get_absolute_url()).content.decode())
    assert ISO.findall(text) == []
    assert "31 มกราคม 2568" in text  # last_updated_date 2025-01-31
    assert "1 ตุลาคม 2567" in text and "1 พฤศจิกายน 2567" in text  # preview and example
    assert re.search(r"<td>0</td>", client.get(public_dataset.get_absolute_url())
                     .content.decode())  # other cells as they are, a zero included


def test_dcat_keeps_iso_dates(client, public_dataset):
    body = client.get(f"{public_dataset.get_absolute_url()}dcat.jsonld").content.decode()
    assert public_dataset.modified.date().isoformat() in body  # dct:modified, an xsd:dateTime
