// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Validation.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUuid>
#include <algorithm>

// Messages go through QCoreApplication::translate: the desktop client, which
// installs a translator, shows them in German at the field; the server has
// none and answers in English.
namespace hn::common::validation {

namespace {

QString decodeUtf8(const QString &field, std::string_view bytes) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString decoded = decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (decoder.hasError())
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation", "is not valid UTF-8"));
    return decoded;
}

void refuseControlCharacters(const QString &field, const QString &value, bool multiline) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (multiline && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control) {
            throw Error::invalidArgument(
                field,
                QCoreApplication::translate("hn::common::Validation",
                                            "contains a control character (U+%1) at position %2")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                    .arg(i + 1));
        }
    }
}

} // namespace

QString text(const QString &field, std::string_view utf8, TextRule rule) {
    QString value = decodeUtf8(field, utf8);
    if (!rule.multiline)
        value = value.trimmed();
    if (rule.required && value.trimmed().isEmpty())
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation", "must not be empty"));
    if (value.size() > rule.maxChars) {
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation",
                                               "is %1 characters long; at most %2 are allowed")
                       .arg(value.size())
                       .arg(rule.maxChars));
    }
    refuseControlCharacters(field, value, rule.multiline);
    return value;
}

QString email(const QString &field, std::string_view utf8) {
    const QString value =
        text(field, utf8, TextRule{.maxChars = kMaxEmailChars, .required = true}).toLower();
    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability
    // is proven by the activation mail, not by a regular expression.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (!pattern.match(value).hasMatch())
        throw Error::invalidArgument(
            field,
            QCoreApplication::translate("hn::common::Validation", "is not an e-mail address"));
    return value;
}

std::string_view loginPassword(const QString &field, std::string_view bytes) {
    if (bytes.empty())
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation", "must not be empty"));
    if (qsizetype(bytes.size()) > kMaxPasswordBytes) {
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation", "is longer than %1 bytes")
                       .arg(kMaxPasswordBytes));
    }
    decodeUtf8(field, bytes);
    return bytes;
}

std::string_view newPassword(const QString &field, std::string_view bytes) {
    loginPassword(field, bytes);
    if (decodeUtf8(field, bytes).size() < kMinPasswordChars) {
        throw Error::invalidArgument(field,
                                     QCoreApplication::translate("hn::common::Validation",
                                                                 "must have at least %1 characters")
                                         .arg(kMinPasswordChars));
    }
    return bytes;
}

QString phone(const QString &field, std::string_view utf8) {
    const QString value = text(field, utf8, TextRule{.maxChars = 40, .required = true});
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ()/\-.]+$)"));
    const qsizetype digits =
        std::count_if(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    if (!pattern.match(value).hasMatch() || digits < 3) {
        throw Error::invalidArgument(
            field, QCoreApplication::translate(
                       "hn::common::Validation",
                       "is not a phone number (digits, spaces and + - / ( ) only)"));
    }
    return value;
}

QString uuid(const QString &field, std::string_view value) {
    const QString decoded = decodeUtf8(field, value);
    const QUuid parsed = QUuid::fromString(decoded);
    if (parsed.isNull() || decoded != parsed.toString(QUuid::WithoutBraces))
        throw Error::invalidArgument(
            field, QCoreApplication::translate("hn::common::Validation",
                                               "is not a UUID in canonical form"));
    return decoded;
}

} // namespace hn::common::validation
