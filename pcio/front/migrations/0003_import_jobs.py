import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("front", "0002_scheduled_job_runs"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportJob",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("filename", models.CharField(max_length=255, verbose_name="ไฟล์")),
                ("file", models.FileField(blank=True, upload_to="imports/")),
                ("importer", models.CharField(max_length=200)),
                ("args", models.JSONField(blank=True, default=list)),
                ("back_url", models.CharField(blank=True, max_length=500)),
                ("language", models.CharField(default="th", max_length=10)),
                ("status", models.CharField(choices=[
                    ("queued", "รอคิว"), ("reading", "กำลังอ่านและตรวจ"),
                    ("saving", "กำลังบันทึก"), ("done", "นำเข้าสำเร็จ"),
                    ("failed", "นำเข้าไม่สำเร็จ")], default="queued", max_length=10,
                    verbose_name="สถานะ")),
                ("rows_done", models.PositiveIntegerField(default=0)),
                ("rows_total", models.PositiveIntegerField(default=0)),
                ("result", models.CharField(blank=True, max_length=200, verbose_name="ผล")),
                ("problems", models.JSONField(blank=True, default=list)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now,
                                                    verbose_name="เริ่ม")),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("finished_at", models.DateTimeField(blank=True, null=True,
                                                     verbose_name="เสร็จ")),
                ("user", models.ForeignKey(null=True,
                                           on_delete=django.db.models.deletion.SET_NULL,
                                           related_name="+", to=settings.AUTH_USER_MODEL,
                                           verbose_name="ผู้นำเข้า")),
            ],
            options={
                "verbose_name": "งานนำเข้าไฟล์",
                "verbose_name_plural": "งานนำเข้าไฟล์",
                "ordering": ["-created_at"],
            },
        ),
    ]
