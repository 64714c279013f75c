// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/shell/ConcurrentEdit.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QDialogButtonBox;
class QRadioButton;

namespace hn::client {

// Asks which value wins for every field the person changed that someone
// else changed meanwhile too (ConcurrentEdit::clashes): "yours" or "now on
// the server", one choice per field. Saving is possible once every field
// has a choice; Cancel saves nothing and the form stays as it is.
class EditClashDialog : public QDialog {
    Q_OBJECT
public:
    // `label` names a field path for people ("Title", "Street").
    EditClashDialog(const QList<ConcurrentEdit::Clash> &clashes,
                    const std::function<QString(const QString &path)> &label,
                    QWidget *parent = nullptr);

    // The paths for which the person kept the value now on the server.
    QStringList keptTheirs() const;
    QRadioButton *mineButton(const QString &path) const { return m_mine.value(path); }
    QRadioButton *theirsButton(const QString &path) const { return m_theirs.value(path); }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateSave();

    QHash<QString, QRadioButton *> m_mine;
    QHash<QString, QRadioButton *> m_theirs;
    QDialogButtonBox *m_buttons;
};

} // namespace hn::client
