from django.utils import timezone

from pcio.catalog import demo
from pcio.catalog.models import Dataset


def test_the_demo_is_sample_data_and_loads_twice_without_duplicates(db):
    first = demo.load()
    demo.load()
    assert Dataset.objects.count() == len(demo.DEMO_IDS)
    assert not Dataset.objects.filter(is_sample=False).exists()
    assert "ชุดข้อมูลตัวอย่าง" in first
    tourists = Dataset.objects.get(name="nk-r001")
    assert tourists.resources.get().fields.count() == 4
    assert Dataset.objects.get(name="nk-r146").data_classification == "ลับ"


def test_the_demo_has_datasets_on_time_and_overdue_whatever_the_day(db):
    demo.load()
    today = timezone.localdate()
    due = list(Dataset.objects.values_list("due_date", flat=True))
    assert sum(d < today for d in due) >= 5
    assert sum(d >= today for d in due) >= 10
