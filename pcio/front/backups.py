"""What a backup holds, and how a restore proves it got all of it back.

A backup is one ZIP: data.json (dumpdata with natural foreign keys), media/<path> for every
uploaded file, and manifest.json: {"format", "created", "database", "tables": {model label:
rows}, "files": {"media/<path>": SHA-256}}. Backups made before the manifest listed tables and
files still restore: their counts are taken from data.json and their files from the ZIP.
"""

import hashlib
from pathlib import Path, PurePosixPath

from django.apps import apps

FORMAT = "pcio-backup-1"  # the manifest's new keys are optional, so the format stays
# Rebuilt by `migrate`; the backup refers to them by natural key instead.
SKIP = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]
CHUNK = 1 << 20


def dumped_models() -> list:
    """The models dumpdata writes, with the link tables of their many-to-many fields."""
    return [model for model in apps.get_models(include_auto_created=True)
            if not model._meta.proxy and model._meta.app_label not in SKIP
            and model._meta.label_lower not in SKIP]


def _links(model) -> list:
    """Many-to-many fields whose rows dumpdata writes inside the model's own rows."""
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def table_counts(objects) -> dict:
    """Rows per table of a dump. Empty tables are listed too, so a restore also notices rows
    that should not be there."""
    counts = {model._meta.label: 0 for model in dumped_models()}
    for row in objects:
        model = _model(row["model"])
        if model is None:  # loaddata will refuse it; count it so the report names it
            counts[row["model"]] = counts.get(row["model"], 0) + 1
            continue
        counts[model._meta.label] = counts.get(model._meta.label, 0) + 1
        for field in _links(model):
            label = field.remote_field.through._meta.label
            counts[label] = counts.get(label, 0) + len(row["fields"].get(field.name) or [])
    return dict(sorted(counts.items()))


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None  # a table this version of pcio no longer has


def count_problems(expected: dict) -> list:
    """Tables whose row count differs from the backup's."""
    problems = []
    for label, rows in expected.items():
        model = _model(label)
        found = model._base_manager.count() if model else 0
        if found != rows:
            problems.append(f"{label}: ไฟล์สำรอง {rows} แถว กู้คืนได้ {found} แถว"
                            f" / backup {rows} rows, restored {found}")
    return problems


def sha256_of(stream) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
    return digest.hexdigest()


def add_file(archive, path: Path, name: str) -> str:
    """Copy a file into the ZIP; the SHA-256 of the bytes written. One read, so a file that
    changes during the backup still matches its hash."""
    digest = hashlib.sha256()
    with path.open("rb") as source, archive.open(archive_info(path, name), "w") as target:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            digest.update(chunk)
            target.write(chunk)
    return digest.hexdigest()


def archive_info(path, name):
    import zipfile

    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def is_media(name: str) -> bool:
    """A ZIP member media/<path> that stays inside the media folder."""
    parts = PurePosixPath(name).parts
    return len(parts) > 1 and parts[0] == "media" and ".." not in parts and name[-1] != "/"


def media_target(media: Path, name: str):
    """Where a ZIP member goes; None for anything that would land outside the media folder."""
    return media.joinpath(*PurePosixPath(name).parts[1:]) if is_media(name) else None


def archive_hashes(archive) -> dict:
    """{member: SHA-256} of the media in a backup whose manifest lists no files."""
    hashes = {}
    for name in archive.namelist():
        if is_media(name):
            with archive.open(name) as member:
                hashes[name] = sha256_of(member)
    return hashes


def archive_problems(archive, files: dict) -> list:
    """Files in the ZIP that are missing or differ from the manifest's hash."""
    present = set(archive.namelist())
    problems = [f"{name}: ไม่มีในไฟล์สำรอง / missing from the backup"
                for name in files if name not in present]
    problems += [f"{name}: อยู่นอกโฟลเดอร์ไฟล์ / outside the media folder"
                 for name in files if not is_media(name)]
    for name in files.keys() & present:
        with archive.open(name) as member:
            if sha256_of(member) != files[name]:
                problems.append(f"{name}: SHA-256 ไม่ตรง / SHA-256 differs")
    return sorted(problems)


def disk_problems(media: Path, files: dict) -> list:
    """Restored files that are missing or differ from the manifest's hash."""
    problems = []
    for name, expected in sorted(files.items()):
        path = media_target(media, name)
        if path is None or not path.is_file():
            problems.append(f"{name}: ไม่ได้กู้คืน / not restored")
            continue
        with path.open("rb") as handle:
            if sha256_of(handle) != expected:
                problems.append(f"{name}: SHA-256 ไม่ตรง / SHA-256 differs")
    return problems
