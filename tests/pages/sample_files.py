"""Article files of every supported format, built in the test (no binary fixtures in the repository):
a minimal hand-written PDF with a text layer, an image-only PDF, a password-protected PDF, a DOCX."""

from __future__ import annotations

import io

from docx import Document
from pypdf import PdfWriter


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica (WinAnsi); no lines: a drawing, no text layer."""
    if lines:
        shown = b" T* ".join(b"(" + _pdf_string(line) + b") Tj" for line in lines)
        content = b"BT /F1 10 Tf 40 800 Td 13 TL " + shown + b" ET"
    else:
        content = b"0.2 0.4 0.6 rg 40 400 300 300 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(text: str) -> bytes:
    """An article as a PDF with a text layer, one line per 90 characters."""
    lines = []
    for paragraph in text.splitlines():
        while len(paragraph) > 90:
            cut = paragraph.rfind(" ", 0, 90)
            lines.append(paragraph[:cut])
            paragraph = paragraph[cut + 1:]
        lines.append(paragraph)
    return pdf(lines)


def locked_pdf(text: str) -> bytes:
    """The article's PDF, encrypted with a user password."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf(text)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx(text: str) -> bytes:
    """The article as a Word document, a paragraph per line."""
    document = Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
