"""One running scan per site. Before that rule, a site could collect unfinished scans: a
killed worker's scan stayed "running" forever, and a redelivered task or a second re-check
started another. Each site keeps its newest unfinished scan; older ones are marked stopped
(their pages and counters kept), as the stale-scan sweep would mark them. Should one of them
still be running, its worker records its result when it finishes (scanning.record).
"""

from django.db import migrations, models
from django.utils import timezone

MESSAGE = ("การตรวจหยุดกลางคัน: มีการตรวจที่ใหม่กว่าของเว็บไซต์นี้เริ่มแล้ว (ปรับฐานข้อมูล) / "
           "The scan stopped midway: a newer scan of this site had started (migration).")


def stop_older_running_scans(apps, schema_editor):
    Scan = apps.get_model("webwatch", "Scan")
    newest, now = set(), timezone.now()
    for scan in Scan.objects.filter(finished_at__isnull=True).order_by("-started_at", "-id"):
        if scan.site_id not in newest:
            newest.add(scan.site_id)
            continue
        pages = scan.pages.all()
        Scan.objects.filter(pk=scan.pk).update(
            finished_at=now, status="unknown", error=MESSAGE, pages_checked=pages.count(),
            infected_pages=pages.filter(verdict="infected").count(),
            failed_pages=pages.filter(verdict="could_not_check").count(),
            new_urls=pages.filter(is_new=True).count())


class Migration(migrations.Migration):

    dependencies = [
        ('webwatch', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(stop_older_running_scans, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='scan',
            constraint=models.UniqueConstraint(condition=models.Q(('finished_at__isnull', True)), fields=('site',), name='webwatch_one_running_scan_per_site'),
        ),
    ]
