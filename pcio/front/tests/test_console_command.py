import subprocess
import sys


def test_the_pcio_command_wraps_django_and_the_apps_commands(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pcio", "help"], capture_output=True,
                            text=True, env={"PCIO_DATA_DIR": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr
    for command in ("migrate", "createsuperuser", "demo", "backup", "restore", "token",
                    "agencies", "serve"):
        assert command in result.stdout
