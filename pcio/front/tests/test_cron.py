import json

from django.core.management import call_command


def test_cron_runs_each_scheduled_job_once_per_interval(db, settings, capsys, tmp_path):
    settings.DATA_DIR = tmp_path
    assert settings.CELERY_BEAT_SCHEDULE, "the apps schedule periodic work"
    call_command("cron")
    first = capsys.readouterr().out
    assert all(name in first for name in settings.CELERY_BEAT_SCHEDULE)
    call_command("cron")
    assert capsys.readouterr().out == ""  # nothing is due again yet
    state = json.loads((settings.DATA_DIR / "cron-state.json").read_text())
    assert set(state) == set(settings.CELERY_BEAT_SCHEDULE)


def test_cron_runs_a_job_again_once_its_interval_has_passed(db, settings, capsys, tmp_path):
    settings.DATA_DIR = tmp_path
    call_command("cron")
    path = settings.DATA_DIR / "cron-state.json"
    state = {name: 0 for name in json.loads(path.read_text())}
    path.write_text(json.dumps(state))
    capsys.readouterr()
    call_command("cron")
    assert capsys.readouterr().out.count(":") == len(state)
