"""Tables out as CSV or XLSX, safe to open in a spreadsheet program."""

import csv
import io

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value):
    # A cell that starts like a formula would run in Excel (CSV injection); quote it.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(columns, rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(columns, rows, title="data") -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(columns)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render(fmt, columns, rows, title="data") -> tuple[bytes, str]:
    """(content, content type) for fmt 'csv' or 'xlsx'."""
    if fmt == "xlsx":
        ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return to_xlsx(columns, rows, title), ctype
    return to_csv(columns, rows), "text/csv; charset=utf-8"
