// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactEntryList.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

namespace {

const QStringList &phoneKinds() {
    static const QStringList kinds{QStringLiteral("office"), QStringLiteral("mobile"),
                                   QStringLiteral("fax")};
    return kinds;
}

} // namespace

ContactEntryList::ContactEntryList(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lines = new QVBoxLayout;
    layout->addLayout(m_lines);
    m_add = new QPushButton(
        QIcon::fromTheme(QStringLiteral("list-add")),
        mode == Mode::Phones ? tr("Add phone number") : tr("Add e-mail address"), this);
    m_add->setObjectName(mode == Mode::Phones ? QStringLiteral("addPhone")
                                              : QStringLiteral("addEmail"));
    connect(m_add, &QPushButton::clicked, this, &ContactEntryList::addLine);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
}

QString ContactEntryList::kindName(const QString &kind) const {
    if (kind == u"mobile")
        return tr("Mobile");
    if (kind == u"fax")
        return tr("Fax");
    return tr("Office");
}

ContactEntryList::Row &ContactEntryList::appendRow() {
    Row row;
    row.container = new QWidget(this);
    auto *layout = new QHBoxLayout(row.container);
    layout->setContentsMargins(0, 0, 0, 0);
    const int number = int(m_rows.size()) + 1;
    if (m_mode == Mode::Phones) {
        row.kind = new QComboBox(row.container);
        for (const QString &kind : phoneKinds())
            row.kind->addItem(kindName(kind), kind);
        row.kind->setAccessibleName(tr("Kind of phone number %1").arg(number));
        layout->addWidget(row.kind);
    }
    row.value = new QLineEdit(row.container);
    row.value->setObjectName(m_mode == Mode::Phones ? QStringLiteral("phoneLine%1").arg(number)
                                                    : QStringLiteral("emailLine%1").arg(number));
    row.value->setAccessibleName(m_mode == Mode::Phones ? tr("Phone number %1").arg(number)
                                                        : tr("E-mail address %1").arg(number));
    if (m_mode == Mode::Emails)
        row.value->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    else
        row.value->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    layout->addWidget(row.value, 1);
    auto *remove = new QToolButton(row.container);
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(m_mode == Mode::Phones ? tr("Remove phone number %1").arg(number)
                                                     : tr("Remove e-mail address %1").arg(number));
    remove->setToolTip(remove->accessibleName());
    QWidget *container = row.container;
    connect(remove, &QToolButton::clicked, this, [this, container] { removeRow(container); });
    layout->addWidget(remove);
    m_lines->addWidget(row.container);
    m_rows.append(row);
    return m_rows.last();
}

void ContactEntryList::removeRow(QWidget *container) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == container) {
            m_rows.removeAt(i);
            container->deleteLater();
            m_add->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ContactEntryList::addLine() {
    appendRow().value->setFocus(Qt::OtherFocusReason);
}

void ContactEntryList::setEntries(const QJsonArray &entries) {
    for (const Row &row : std::as_const(m_rows))
        delete row.container;
    m_rows.clear();
    for (const QJsonValue &entry : entries) {
        Row &row = appendRow();
        if (m_mode == Mode::Phones) {
            const QJsonObject phone = entry.toObject();
            const int kind = row.kind->findData(phone.value(QStringLiteral("kind")).toString());
            row.kind->setCurrentIndex(kind < 0 ? 0 : kind);
            row.value->setText(phone.value(QStringLiteral("number")).toString());
        } else {
            row.value->setText(entry.toString());
        }
    }
    // One empty line invites the first entry.
    if (m_rows.isEmpty())
        appendRow();
}

QJsonArray ContactEntryList::entries(QList<QLineEdit *> *lines) const {
    QJsonArray result;
    for (const Row &row : m_rows) {
        const QString value = row.value->text().trimmed();
        if (value.isEmpty())
            continue;
        if (m_mode == Mode::Phones) {
            result.append(QJsonObject{{QStringLiteral("kind"), row.kind->currentData().toString()},
                                      {QStringLiteral("number"), row.value->text()}});
        } else {
            result.append(row.value->text());
        }
        if (lines)
            lines->append(row.value);
    }
    return result;
}

QLineEdit *ContactEntryList::line(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

QComboBox *ContactEntryList::kindBox(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : nullptr;
}

} // namespace hn::client
