"""pcio is any province's software: no province's Thai name is written into the package.

The province an installation serves comes from its profile (pcio.front.installation), set by
`pcio setup`. Allowed, each for its reason:
- demo modules (demo.py, demo fixtures) and tests: the demo is Nong Khai's meeting 1/2568;
- locale files: translations of the texts above;
- reference data and migrations: the national lists (provinces, GD Catalog vocabularies such as
  its geographic coverage) are data shipped with pcio, and a migration is frozen history;
- the webwatch corpus (pcio/webwatch/corpus: its generator and pages): test data for the
  gambling detector, pages made to look like real provincial government sites, names and all,
  because the detector must not mistake a site's own place names for spam;
- the catalog's judged relevance set (catalog/data/relevance_*.txt): the catalog demo's records
  and the search benchmark's questions about them.
"""

from pathlib import Path

import geothai

PACKAGE = Path(__file__).resolve().parents[2]
TEXT = {".py", ".html", ".txt", ".csv", ".js", ".json", ".md", ".css", ".svg", ".xml", ".yml",
        ".yaml", ".toml", ".cfg", ".ini", ".sql"}
ALLOWED_DIRS = {"tests", "locale", "migrations", "fixtures", "corpus", "demo"}
ALLOWED_FILES = {"demo.py", "reference.py"}
ALLOWED_PATHS = {"catalog/data/relevance_records.txt", "catalog/data/relevance_queries.txt"}
# Province names that are also everyday Thai words (ไม่…เลย, เผยแพร่, ตากแดด) count only
# after "จังหวัด".
EVERYDAY_WORDS = {"เลย", "แพร่", "ตาก"}


def _patterns():
    for province in geothai.provinces():
        name = province.name_th
        yield name, f"จังหวัด{name}" if name in EVERYDAY_WORDS else name


def _checked_files():
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if (path.is_file() and path.suffix in TEXT and relative.name not in ALLOWED_FILES
                and not ALLOWED_DIRS & set(relative.parts[:-1])
                and relative.as_posix() not in ALLOWED_PATHS):
            yield relative, path.read_text(encoding="utf-8", errors="replace")


def test_the_list_holds_all_77_provinces():
    assert len(dict(_patterns())) == 77


def test_no_file_of_the_package_names_a_province():
    patterns = list(_patterns())
    found = [f"{relative}: {name}" for relative, text in _checked_files()
             for name, pattern in patterns if pattern in text]
    assert not found, "province names in code (use pcio.front.installation):\n" + "\n".join(found)


def test_the_checker_reads_the_files_it_should():
    """The test above would pass on an empty walk."""
    checked = {relative.as_posix() for relative, _ in _checked_files()}
    assert {"meetings/documents.py", "front/templates/base.html", "settings.py",
            "compliance/reminders.py", "catalog/exports.py"} <= checked
    assert "meetings/demo.py" not in checked and "webwatch/corpus/generate.py" not in checked
