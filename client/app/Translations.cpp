// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace hn::client {

bool Translations::install(const QString &language) {
    const QLocale locale(language == QStringLiteral("en") ? QLocale::English : QLocale::German,
                         language == QStringLiteral("en") ? QLocale::UnitedKingdom
                                                          : QLocale::Germany);
    // Dates, numbers and sizes follow the chosen language.
    QLocale::setDefault(locale);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    const bool loaded =
        m_program.load(QStringLiteral("helfernetz_%1").arg(language), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(&m_program);
    return loaded;
}

} // namespace hn::client
