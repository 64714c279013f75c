// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

namespace hn::client {

// The language of the window: German by default, English on request. The
// program's texts come from :/i18n/helfernetz_<lang>.qm (compiled from
// client/ui/translations), Qt's own (dialog buttons, context menus) from
// qtbase_<lang>.qm where Qt's translations are installed. English needs
// the file only for plural forms.
class Translations {
public:
    // Installs the translators for `language` ("de" or "en"); returns
    // false if the program's own translation is missing.
    bool install(const QString &language);

private:
    QTranslator m_qt;
    QTranslator m_program;
};

} // namespace hn::client
