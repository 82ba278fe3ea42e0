"""The follow-up checklist: what an agency still has to do. Plain Python, no Django."""

from typing import NamedTuple

# (fact, Thai label of what is missing). Order is the order shown to officers and in e-mails.
ITEMS = (
    ("announced", "ประกาศช่องทางอิเล็กทรอนิกส์บน info.go.th (มาตรา 20)"),
    ("has_public", "ช่องทางอิเล็กทรอนิกส์สำหรับประชาชน (มาตรา 10)"),
    ("has_staff", "ระบบงานอิเล็กทรอนิกส์ของเจ้าหน้าที่ (มาตรา 16)"),
    ("facebook_verified", "เพจเฟซบุ๊กที่ประกาศได้รับเครื่องหมาย Meta Verified"),
    ("checks_pass", "ช่องทางที่ประกาศใช้งานได้ตามผลตรวจอัตโนมัติ"),
    ("cybersafe", "สมัครโครงการ Government Cyber Safe"),
    ("workd", "ใช้บริการ workD"),
    ("eoffice", "ใช้ระบบ e-Office"),
)
LABELS = tuple(label for _, label in ITEMS)


class Facts(NamedTuple):
    """One flag per checklist item, True when done. A tuple: the province page builds
    thousands of these, so they must be cheap."""

    announced: bool = False
    has_public: bool = False
    has_staff: bool = False
    facebook_verified: bool = True  # nothing to verify without a Facebook page
    checks_pass: bool = False  # not done until a check has shown a channel working
    cybersafe: bool = False
    workd: bool = False
    eoffice: bool = False

    def missing(self) -> list[str]:
        return [label for label, ok in zip(LABELS, self, strict=True) if not ok]

    def items(self) -> list[tuple[str, bool]]:
        return list(zip(LABELS, self, strict=True))

    def complete(self) -> bool:
        return all(self)


assert Facts._fields == tuple(name for name, _ in ITEMS)


def missing_counts(all_facts) -> list[tuple[str, int]]:
    """How many agencies miss each item, in checklist order."""
    all_facts = list(all_facts)
    columns = zip(*all_facts, strict=True) if all_facts else [()] * len(ITEMS)
    return [(label, len(all_facts) - sum(col)) for label, col in zip(LABELS, columns,
                                                                      strict=True)]
