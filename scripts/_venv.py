"""Shared by scripts/demo and scripts/test: make .venv and install pcio into it."""

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("PCIO_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def ensure(extras=""):
    if not (BIN / "python").exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    run([BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-e", target])


def run(args, **kwargs):
    print("$", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def pcio(*args, **kwargs):
    return run([BIN / "pcio", *args], **kwargs)


if __name__ == "__main__":
    ensure(sys.argv[1] if len(sys.argv) > 1 else "")
