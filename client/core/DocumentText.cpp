// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/DocumentText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <limits>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <quazip.h>
#include <quazipfile.h>

namespace hn::client {

namespace {

// A zip member larger than this is not read (a "zip bomb" would otherwise
// unpack gigabytes into memory).
constexpr qint64 kMaxXmlBytes = 64 * 1024 * 1024;
// Plain text is read up to this many bytes (UTF-8 needs at most 4 per
// character, so the character cap is always reached first).
constexpr qint64 kMaxPlainBytes = 4 * DocumentText::kMaxChars;

enum class Kind { Pdf, Odt, Docx, Plain, None };

Kind kindOf(const QString &fileName, const QString &mimeType) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString mime = mimeType.toLower();
    if (mime == QLatin1String("application/pdf") || suffix == QLatin1String("pdf"))
        return Kind::Pdf;
    if (mime == QLatin1String("application/vnd.oasis.opendocument.text")
        || suffix == QLatin1String("odt"))
        return Kind::Odt;
    if (mime
            == QLatin1String(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        || suffix == QLatin1String("docx"))
        return Kind::Docx;
    if (mime.startsWith(QLatin1String("text/")) || suffix == QLatin1String("txt")
        || suffix == QLatin1String("csv") || suffix == QLatin1String("md"))
        return Kind::Plain;
    return Kind::None;
}

void capped(DocumentText::Result &result) {
    if (result.text.size() > DocumentText::kMaxChars) {
        result.text.truncate(DocumentText::kMaxChars);
        result.truncated = true;
    }
}

// poppler writes warnings about damaged files to standard error; they are
// reported through Result::problem instead.
void quietPoppler(const std::string &, void *) {}

} // namespace

DocumentText::Result DocumentText::extract(const QString &path, const QString &fileName,
                                           const QString &mimeType) {
    switch (kindOf(fileName, mimeType)) {
    case Kind::Pdf:
        return fromPdf(path);
    case Kind::Odt:
        return fromZippedXml(path, QStringLiteral("content.xml"), QStringLiteral("p"));
    case Kind::Docx:
        return fromZippedXml(path, QStringLiteral("word/document.xml"), QStringLiteral("p"));
    case Kind::Plain:
        return fromPlainText(path);
    case Kind::None:
        break;
    }
    return {{},
            QStringLiteral("files of type %1 (%2) have no searchable text")
                .arg(mimeType, QFileInfo(fileName).suffix()),
            false};
}

DocumentText::Result DocumentText::fromPdf(const QString &path) {
    Result result;
    poppler::set_debug_error_function(quietPoppler, nullptr);
    // Read by Qt, handed over as bytes: poppler opens file names in the
    // ANSI code page on Windows, so a path with "ü" would not open there.
    // poppler does not copy the bytes; `bytes` outlives `document`.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > std::numeric_limits<int>::max()) {
        result.problem = QStringLiteral("%1 is too large to search").arg(path);
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document) {
        result.problem = QStringLiteral("%1 is not a readable PDF file").arg(path);
        return result;
    }
    if (document->is_locked()) {
        result.problem = QStringLiteral("%1 is password-protected").arg(path);
        return result;
    }
    for (int i = 0; i < document->pages() && result.text.size() <= kMaxChars; ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text().to_utf8();
        if (!result.text.isEmpty())
            result.text += u'\n';
        result.text += QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    capped(result);
    return result;
}

DocumentText::Result DocumentText::fromZippedXml(const QString &path, const QString &member,
                                                 const QString &paragraphElement) {
    Result result;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.problem = QStringLiteral("%1 is not a readable zip file (error %2)")
                             .arg(path)
                             .arg(zip.getZipError());
        return result;
    }
    if (!zip.setCurrentFile(member)) {
        result.problem = QStringLiteral("%1 holds no %2").arg(path, member);
        return result;
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > kMaxXmlBytes) {
        result.problem =
            QStringLiteral("%1: %2 is larger than %3 bytes").arg(path, member).arg(kMaxXmlBytes);
        return result;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QStringLiteral("%1: %2 cannot be read").arg(path, member);
        return result;
    }
    const QByteArray xml = file.read(kMaxXmlBytes + 1);
    file.close();
    if (xml.size() > kMaxXmlBytes) {
        result.problem =
            QStringLiteral("%1: %2 is larger than %3 bytes").arg(path, member).arg(kMaxXmlBytes);
        return result;
    }

    // ODT: text:p / text:h paragraphs, text:s spaces, text:tab, text:line-break.
    // DOCX: w:p paragraphs, w:t runs of text, w:tab, w:br / w:cr breaks.
    const bool docx = member.startsWith(QLatin1String("word/"));
    QXmlStreamReader reader(xml);
    QString paragraph;
    auto endParagraph = [&] {
        const QString line = paragraph.trimmed();
        if (!line.isEmpty()) {
            if (!result.text.isEmpty())
                result.text += u'\n';
            result.text += line;
        }
        paragraph.clear();
    };
    int textDepth = 0; // inside a w:t (DOCX keeps text only there)
    while (!reader.atEnd() && result.text.size() <= kMaxChars) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = reader.name();
            if (docx && name == QLatin1String("t"))
                ++textDepth;
            else if (name == QLatin1String("tab"))
                paragraph += u'\t';
            else if (name == QLatin1String("br") || name == QLatin1String("cr")
                     || name == QLatin1String("line-break"))
                paragraph += u'\n';
            else if (!docx && name == QLatin1String("s"))
                paragraph += u' ';
            break;
        }
        case QXmlStreamReader::EndElement: {
            const auto name = reader.name();
            if (docx && name == QLatin1String("t"))
                --textDepth;
            else if (name == paragraphElement || (!docx && name == QLatin1String("h")))
                endParagraph();
            break;
        }
        case QXmlStreamReader::Characters:
            if (!docx || textDepth > 0)
                paragraph += reader.text();
            break;
        default:
            break;
        }
    }
    endParagraph();
    if (reader.hasError()) {
        result.problem = QStringLiteral("%1: %2 is not well-formed XML (%3); the text before "
                                        "the error is kept")
                             .arg(path, member, reader.errorString());
    }
    capped(result);
    return result;
}

DocumentText::Result DocumentText::fromPlainText(const QString &path) {
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(kMaxPlainBytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    result.text = utf8.decode(bytes);
    // A cut at the read limit may split one character; only a real error
    // earlier means the file is not UTF-8.
    if (utf8.hasError() && bytes.size() < kMaxPlainBytes)
        result.text = QString::fromLatin1(bytes);
    if (!result.text.isEmpty() && result.text.front() == QChar(0xFEFF))
        result.text.remove(0, 1);
    result.truncated = file.size() > kMaxPlainBytes;
    capped(result);
    return result;
}

} // namespace hn::client
