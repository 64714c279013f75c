// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentFileName.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace hn::client {

QString DocumentFileName::safe(const QString &uploadedName, const QString &fallback) {
    // Only the last part of a path written on any system.
    QString name = uploadedName;
    name = name.mid(qMax(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"\\/:*?\"<>|").contains(c))
            c = u'_';
    }
    // Windows drops trailing dots and spaces, so "a.exe." would become
    // "a.exe"; leading spaces are only confusing.
    while (!name.isEmpty() && (name.endsWith(u'.') || name.endsWith(u' ')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty() || name == u"." || name == u"..")
        return fallback;
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        name.prepend(u'_');
    return name;
}

bool DocumentFileName::isRunnable(const QString &fileName) {
    static const QSet<QString> runnable{
        QStringLiteral("exe"), QStringLiteral("com"),         QStringLiteral("bat"),
        QStringLiteral("cmd"), QStringLiteral("msi"),         QStringLiteral("msp"),
        QStringLiteral("scr"), QStringLiteral("pif"),         QStringLiteral("cpl"),
        QStringLiteral("lnk"), QStringLiteral("url"),         QStringLiteral("hta"),
        QStringLiteral("js"),  QStringLiteral("jse"),         QStringLiteral("vbs"),
        QStringLiteral("vbe"), QStringLiteral("wsf"),         QStringLiteral("wsh"),
        QStringLiteral("ps1"), QStringLiteral("psm1"),        QStringLiteral("jar"),
        QStringLiteral("reg"), QStringLiteral("application"), QStringLiteral("appref-ms"),
        QStringLiteral("sh"),  QStringLiteral("desktop"),     QStringLiteral("appimage"),
        QStringLiteral("run"), QStringLiteral("bin")};
    // Judged on the name as it would be written (trailing dots dropped).
    const QString name = safe(fileName, QString());
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot >= 0 && runnable.contains(name.mid(dot + 1).toLower());
}

} // namespace hn::client
