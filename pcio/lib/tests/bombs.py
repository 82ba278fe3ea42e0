"""Spreadsheets built to hurt, for the import tests: a sheet that expands far beyond its
upload, rows by the million, a row of a million cells. Written in chunks, so building one
costs the test no memory."""

import io
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
        b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
TAIL = b"</sheetData></worksheet>"


def xlsx(path, header, chunks, level=6):
    """An XLSX at `path`: a real workbook whose first sheet is `header`, then the rows that
    `chunks` (bytes of sheet XML) add."""
    template = io.BytesIO()
    openpyxl.Workbook().save(template)
    with zipfile.ZipFile(template) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for item in source.infolist():
            if item.filename != SHEET:
                out.writestr(item.filename, source.read(item.filename))
                continue
            with out.open(SHEET, "w", force_zip64=True) as sheet:
                sheet.write(HEAD + row(1, header))
                for chunk in chunks:
                    sheet.write(chunk)
                sheet.write(TAIL)
    return path


def row(number, values) -> bytes:
    cells = "".join(f'<c r="{_letter(i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'.encode()


def _letter(index):
    return get_column_letter(index + 1)


def expanding(path, header, megabytes):
    """A sheet of `megabytes` MiB of one repeated row: it compresses about a thousandfold."""
    chunk = b"<row><c><v>1</v></c></row>" * 40_000  # about 1 MiB
    return xlsx(path, header, (chunk for _ in range(megabytes)), level=1)


def many_rows(path, header, count, values=("X", "ชื่อ", "other")):
    """`count` small rows after the header, numbered as Excel numbers them."""
    def chunks():
        for start in range(2, count + 2, 10_000):
            yield b"".join(row(n, [f"{values[0]}{n}", *values[1:]])
                           for n in range(start, min(start + 10_000, count + 2)))
    return xlsx(path, header, chunks())


def wide_row(path, header, cells):
    """One row of `cells` empty cells: openpyxl would hold every one of them at once."""
    chunk = b"<c/>" * 100_000
    body = [b'<row r="2">', *(chunk for _ in range(cells // 100_000)), b"</row>"]
    return xlsx(path, header, body)
