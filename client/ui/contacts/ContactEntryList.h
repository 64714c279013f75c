// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace hn::client {

// The editable list of a contact's phone numbers (each with its kind:
// office, mobile, fax) or e-mail addresses: one line per entry, a remove
// button per line and an "Add" button below.
class ContactEntryList : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Phones, Emails };

    explicit ContactEntryList(Mode mode, QWidget *parent = nullptr);

    // Phones: [{kind, number}]; e-mails: ["a@b.de"].
    void setEntries(const QJsonArray &entries);
    // The lines as typed, empty lines left out; `lines` receives the
    // edit of each returned entry (so an error about entry i can be shown
    // at its line).
    QJsonArray entries(QList<QLineEdit *> *lines = nullptr) const;

    int lineCount() const { return int(m_rows.size()); }
    QLineEdit *line(int row) const;
    QComboBox *kindBox(int row) const;
    QPushButton *addButton() const { return m_add; }

public Q_SLOTS:
    // Adds an empty line and focuses it.
    void addLine();

private:
    struct Row {
        QWidget *container = nullptr;
        QComboBox *kind = nullptr;
        QLineEdit *value = nullptr;
    };
    Row &appendRow();
    void removeRow(QWidget *container);
    QString kindName(const QString &kind) const;

    Mode m_mode;
    QVBoxLayout *m_lines = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
};

} // namespace hn::client
