"""The detector is plain Python: its modules import nothing from Django or the web layer,
so the crawler, the CLI and Celery workers can call it anywhere."""

import ast
from pathlib import Path

import pcio.webwatch.detect as detect

WEB = ("django", "rest_framework", "pcio.lib", "pcio.webwatch.models", "pcio.webwatch.views")


def test_its_modules_import_nothing_from_the_web_layer():
    for path in Path(detect.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            assert not [n for n in names if n.startswith(WEB)], (path.name, names)


def test_doorway_paths_are_recognised():
    for url in ["https://a.go.th/slot/", "https://a.go.th/ewt_mod/x.php",
                "https://a.go.th/wp-content/uploads/2024/05/pg.html",
                "https://a.go.th/images/upload/ufa.htm", "https://a.go.th/%E0%B8%AA%E0%B8%A5"
                "%E0%B9%87%E0%B8%AD%E0%B8%95-pg/"]:
        assert detect.doorway_path(url), url
    for url in ["https://a.go.th/", "https://a.go.th/news/12", "https://a.go.th/booking?d=1",
                "https://a.go.th/uploads/2024/report.pdf", "https://a.go.th/timeslot/"]:
        assert not detect.doorway_path(url), url


def test_every_kind_the_detector_emits_has_a_thai_description():
    import re

    source = "".join(p.read_text(encoding="utf-8")
                     for p in Path(detect.__file__).parent.glob("*.py"))
    emitted = set(re.findall(r'(?:add|Finding)\(\s*"(\w+)"', source))
    assert emitted and emitted <= set(detect.KINDS), emitted - set(detect.KINDS)
