// SPDX-License-Identifier: GPL-3.0-or-later
// Text extraction from PDF, ODT, DOCX and plain text, and broken files.
#include "client/core/DocumentText.h"

#include "tests/client/files/FileFixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using hn::client::DocumentText;
using namespace hn::test;

TEST_CASE("the text of a PDF page is extracted") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flyer.pdf"));
    writeFile(path, pdfWithText(QStringLiteral("Sprachkurse im Gemeindehaus Altbrunn")));
    const DocumentText::Result r =
        DocumentText::extract(path, QStringLiteral("flyer.pdf"), QStringLiteral("application/pdf"));
    CHECK(r.problem.isEmpty());
    CHECK(r.text.contains(QStringLiteral("Sprachkurse im Gemeindehaus Altbrunn")));
}

TEST_CASE("a PDF whose path has umlauts is read") {
    // On Windows poppler would open the name in the ANSI code page; the
    // bytes are read by Qt instead.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Übergänge ü"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("Flyer für Gäste.pdf"));
    writeFile(path, pdfWithText(QStringLiteral("Sprachkurse im Gemeindehaus Altbrunn")));
    const DocumentText::Result r = DocumentText::extract(
        path, QStringLiteral("Flyer für Gäste.pdf"), QStringLiteral("application/pdf"));
    CHECK(r.problem.isEmpty());
    CHECK(r.text.contains(QStringLiteral("Sprachkurse im Gemeindehaus Altbrunn")));
}

TEST_CASE("ODT and DOCX paragraphs become lines") {
    QTemporaryDir dir;
    const QStringList paragraphs{QStringLiteral("Protokoll des Austauschtreffens"),
                                 QStringLiteral("Anwesend: Frau Müller & Herr Özdemir")};
    SECTION("ODT") {
        const QString path = dir.filePath(QStringLiteral("p.odt"));
        writeOdt(path, paragraphs);
        const auto r = DocumentText::extract(path, QStringLiteral("p.odt"), {});
        CHECK(r.problem.isEmpty());
        CHECK(r.text == paragraphs.join(u'\n'));
    }
    SECTION("DOCX, text split into runs") {
        const QString path = dir.filePath(QStringLiteral("p.docx"));
        writeDocx(path, paragraphs);
        const auto r = DocumentText::extract(path, QStringLiteral("p.docx"), {});
        CHECK(r.problem.isEmpty());
        CHECK(r.text == paragraphs.join(u'\n'));
    }
}

TEST_CASE("plain text is read as UTF-8, or Latin-1 when it is not UTF-8") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liste.csv"));
    SECTION("UTF-8 with a byte order mark") {
        writeFile(path, QByteArray("\xEF\xBB\xBF") + QStringLiteral("Straße;Größe").toUtf8());
        CHECK(DocumentText::extract(path, QStringLiteral("liste.csv"), {}).text
              == QStringLiteral("Straße;Größe"));
    }
    SECTION("Latin-1") {
        writeFile(path, QStringLiteral("Straße;Größe").toLatin1());
        CHECK(DocumentText::extract(path, QStringLiteral("liste.csv"), {}).text
              == QStringLiteral("Straße;Größe"));
    }
    SECTION("text/plain by MIME type, whatever the name") {
        writeFile(path, "Hallo");
        CHECK(DocumentText::extract(path, QStringLiteral("LIESMICH"), QStringLiteral("text/plain"))
                  .text
              == QStringLiteral("Hallo"));
    }
}

TEST_CASE("extracted text is capped") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    writeFile(path, QByteArray(DocumentText::kMaxChars + 100, 'a'));
    const auto r = DocumentText::extract(path, QStringLiteral("big.txt"), {});
    CHECK(r.text.size() == DocumentText::kMaxChars);
    CHECK(r.truncated);
}

TEST_CASE("broken and unknown files give no text and a reason, never a crash") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x"));
    SECTION("a PDF that is not one") {
        writeFile(path, "%PDF-1.4\n garbage");
        const auto r = DocumentText::extract(path, QStringLiteral("x.pdf"), {});
        CHECK(r.text.isEmpty());
        CHECK_FALSE(r.problem.isEmpty());
    }
    SECTION("a cut PDF") {
        writeFile(path, pdfWithText(QStringLiteral("Hallo Welt")).left(200));
        const auto r = DocumentText::extract(path, QStringLiteral("x.pdf"), {});
        CHECK_FALSE(r.text.contains(QStringLiteral("Hallo")));
    }
    SECTION("a DOCX that is not a zip") {
        writeFile(path, "PK\x03\x04 not really");
        const auto r = DocumentText::extract(path, QStringLiteral("x.docx"), {});
        CHECK(r.text.isEmpty());
        CHECK(r.problem.contains(QStringLiteral("zip")));
    }
    SECTION("an ODT without content.xml") {
        writeDocx(path, {QStringLiteral("Hallo")});
        const auto r = DocumentText::extract(path, QStringLiteral("x.odt"), {});
        CHECK(r.text.isEmpty());
        CHECK(r.problem.contains(QStringLiteral("content.xml")));
    }
    SECTION("a missing file") {
        const auto r = DocumentText::extract(dir.filePath(QStringLiteral("gone.txt")),
                                             QStringLiteral("gone.txt"), {});
        CHECK(r.text.isEmpty());
        CHECK_FALSE(r.problem.isEmpty());
    }
    SECTION("an image") {
        writeFile(path, "\x89PNG");
        const auto r =
            DocumentText::extract(path, QStringLiteral("bild.png"), QStringLiteral("image/png"));
        CHECK(r.text.isEmpty());
        CHECK(r.problem.contains(QStringLiteral("image/png")));
    }
}
