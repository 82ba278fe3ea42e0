import os
import subprocess
import sys


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path):
    env = dict(os.environ, PCIO_DATA_DIR=str(tmp_path), SECRET_KEY="x" * 60 + "-prod-ONLY-7",
               ALLOWED_HOSTS="pcio.nongkhai.go.th", PCIO_HTTPS="1", DEBUG="0")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set in this process for Playwright only
    result = subprocess.run([sys.executable, "-m", "pcio", "check", "--deploy",
                             "--fail-level", "WARNING"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
