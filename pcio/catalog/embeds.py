"""Tables the meetings app puts into agenda documents (agenda 3.3/3.4: the data catalog)."""

from django.db.models import Avg, Count, Q
from django.utils import timezone

from pcio.catalog.models import Dataset


def summary(as_of=None, **params):
    """Datasets per agency with their categories, classification and average quality."""
    today = as_of or timezone.localdate()
    datasets = Dataset.objects.active()
    if params.get("agency"):
        datasets = datasets.filter(organization__code=params["agency"])
    rows = (datasets.values("organization__name_th")
            .annotate(n=Count("id"), public=Count("id", filter=Q(data_category="ข้อมูลสาธารณะ")),
                      secret=Count("id", filter=Q(data_classification__in=["ลับ", "ลับมาก",
                                                                             "ลับที่สุด"])),
                      quality=Avg("quality_score"),
                      overdue=Count("id", filter=Q(due_date__lt=today)))
            .order_by("-n", "organization__name_th"))
    table = [[r["organization__name_th"], r["n"], r["public"], r["secret"],
              round(r["quality"] or 0), r["overdue"]] for r in rows]
    average = datasets.aggregate(a=Avg("quality_score"))["a"] or 0
    by_class = ", ".join(f"{r['data_classification']} {r['n']}" for r in datasets.values(
        "data_classification").annotate(n=Count("id")).order_by("-n"))
    return {
        "title": "บัญชีข้อมูลจังหวัด: ชุดข้อมูลรายหน่วยงาน",
        "columns": ["หน่วยงาน", "ชุดข้อมูล", "ข้อมูลสาธารณะ", "ชั้นลับขึ้นไป", "คุณภาพเฉลี่ย",
                    "เลยกำหนดปรับปรุง"],
        "rows": table,
        "note": f"รวม {datasets.count()} ชุดข้อมูล คุณภาพเฉลี่ย {average:.0f}/100; "
                f"ตามระดับชั้นข้อมูล: {by_class or '-'}",
    }


EMBEDS = {"summary": summary}
