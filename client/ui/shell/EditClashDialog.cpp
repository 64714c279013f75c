// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/EditClashDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hn::client {

namespace {

QString shown(const QJsonValue &value) {
    const QString text = ConcurrentEdit::describe(value);
    return text.isEmpty() ? EditClashDialog::tr("(empty)") : text;
}

} // namespace

EditClashDialog::EditClashDialog(const QList<ConcurrentEdit::Clash> &clashes,
                                 const std::function<QString(const QString &path)> &label,
                                 QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("editClashDialog"));
    setWindowTitle(tr("Changed meanwhile"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone else changed these fields while you were editing. "
                                "Choose for each field which value to keep."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const ConcurrentEdit::Clash &clash : clashes) {
        auto *box = new QGroupBox(label(clash.path), this);
        auto *group = new QButtonGroup(box);
        auto *mine = new QRadioButton(tr("Yours: %1").arg(shown(clash.mine)), box);
        auto *theirs = new QRadioButton(tr("Now on the server: %1").arg(shown(clash.theirs)), box);
        mine->setObjectName(QStringLiteral("mine_") + clash.path);
        theirs->setObjectName(QStringLiteral("theirs_") + clash.path);
        group->addButton(mine);
        group->addButton(theirs);
        auto *rows = new QVBoxLayout(box);
        rows->addWidget(mine);
        rows->addWidget(theirs);
        layout->addWidget(box);
        m_mine.insert(clash.path, mine);
        m_theirs.insert(clash.path, theirs);
        connect(group, &QButtonGroup::buttonToggled, this, &EditClashDialog::updateSave);
    }
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to editing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateSave();
}

QStringList EditClashDialog::keptTheirs() const {
    QStringList paths;
    for (auto it = m_theirs.begin(); it != m_theirs.end(); ++it) {
        if (it.value()->isChecked())
            paths.append(it.key());
    }
    return paths;
}

void EditClashDialog::updateSave() {
    bool chosen = true;
    for (auto it = m_mine.begin(); it != m_mine.end(); ++it)
        chosen = chosen && (it.value()->isChecked() || m_theirs.value(it.key())->isChecked());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(chosen);
    save->setToolTip(chosen ? QString() : tr("Choose a value for every field first."));
}

} // namespace hn::client
