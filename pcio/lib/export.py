"""Tables out as CSV or XLSX, safe to open in a spreadsheet program."""

import csv
import io

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
    return to_workbook([(title, columns, rows)])


def to_workbook(sheets, widths=None) -> bytes:
    """One XLSX of several sheets, [(title, columns, rows)]: headers bold and kept in view
    when scrolling. `widths` ({title: [characters per column]}) sizes a sheet's columns and
    wraps its text, for a sheet meant to be read, such as a template's explanation."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sized = (widths or {}).get(title, [])
        for index, width in enumerate(sized, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.append([_cell(sheet, v, bold=True) for v in columns])
        for row in rows:
            sheet.append([_cell(sheet, v) for v in row] if sized else [_safe(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(sheet, value, bold=False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    cell = WriteOnlyCell(sheet, value=_safe(value))
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        cell.font = Font(bold=True)
    return cell


def render(fmt, columns, rows, title="data") -> tuple[bytes, str]:
    """(content, content type) for fmt 'csv' or 'xlsx'."""
    if fmt == "xlsx":
        return to_xlsx(columns, rows, title), XLSX
    return to_csv(columns, rows), "text/csv; charset=utf-8"
