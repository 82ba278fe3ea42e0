from pcio.catalog import tabular


def test_a_thai_id_with_a_valid_check_digit_is_personal_data():
    assert tabular.valid_thai_id("1101700230708")
    assert tabular.scan_value("เลขบัตร 1-1017-00230-70-8") == {"thai_id"}


def test_a_thirteen_digit_number_with_a_wrong_check_digit_is_not():
    assert not tabular.valid_thai_id("1101700230704")
    assert tabular.scan_value("1101700230704") == set()


def test_phone_numbers_emails_and_titled_names_are_found():
    assert "phone" in tabular.scan_value("โทร 081-234-5678")
    assert "phone" in tabular.scan_value("042 411 234".replace(" ", ""))
    assert "email" in tabular.scan_value("somchai@example.com")
    assert "name" in tabular.scan_value("นายสมชาย ใจดี")


def test_statistics_are_not_mistaken_for_personal_data():
    table = tabular.Table(["ปี", "จำนวน", "มูลค่า"], [["2567", "120000", "3500000.50"]])
    assert tabular.scan(table) == []


def test_a_scan_names_the_column_and_masks_the_example():
    table = tabular.Table(["ชื่อ-สกุล", "เลขประจำตัวประชาชน"],
                          [["สมหญิง รักดี", "1101700230708"], ["สมชาย ใจดี", "1101700230708"]])
    findings = {(f["column"], f["kind"]): f for f in tabular.scan(table)}
    assert findings[("เลขประจำตัวประชาชน", "thai_id")]["count"] == 2
    assert "230708" not in findings[("เลขประจำตัวประชาชน", "thai_id")]["example"]
    assert ("ชื่อ-สกุล", "name") in findings
