// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/client/files/FileFixtures.h"

#include <QFile>
#include <QStringList>
#include <catch2/catch.hpp>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <random>

namespace hn::test {

namespace {

void writeZip(const QString &path, const QString &member, const QByteArray &xml) {
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(member)));
    REQUIRE(file.write(xml) == xml.size());
    file.close();
    zip.close();
    REQUIRE(zip.getZipError() == 0);
}

QByteArray escaped(const QString &text) {
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray pdfWithText(const QString &text) {
    const QByteArray stream = "BT /F1 18 Tf 72 720 Td (" + text.toLatin1() + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
            + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void writeOdt(const QString &path, const QStringList &paragraphs) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<office:document-content"
                     " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                     " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                     "<office:body><office:text>";
    for (const QString &p : paragraphs)
        xml += "<text:p>" + escaped(p) + "</text:p>";
    xml += "</office:text></office:body></office:document-content>";
    writeZip(path, QStringLiteral("content.xml"), xml);
}

void writeDocx(const QString &path, const QStringList &paragraphs) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<w:document xmlns:w="
                     "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "<w:body>";
    for (const QString &p : paragraphs) {
        // Two runs per paragraph, as Word splits text at formatting changes.
        const qsizetype half = p.size() / 2;
        xml += "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped(p.left(half))
               + "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>" + escaped(p.mid(half))
               + "</w:t></w:r></w:p>";
    }
    xml += "</w:body></w:document>";
    writeZip(path, QStringLiteral("word/document.xml"), xml);
}

QByteArray randomBytes(qint64 size, quint32 seed) {
    QByteArray out(size, Qt::Uninitialized);
    std::mt19937 random(seed);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(random() & 0xff);
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace hn::test
