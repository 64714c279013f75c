// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/FieldFeedback.h"

#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace hn::client {

namespace {

const QString kErrorColour = QStringLiteral("#c0262d");

// The paths from the most to the least specific: "phones[1].number",
// "phones[1]", "phones.number", "phones".
QStringList candidates(const QString &path) {
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QStringList paths{path};
    QString shorter = path;
    while (shorter.contains(u'.')) {
        shorter = shorter.section(u'.', 0, -2);
        paths.append(shorter);
    }
    QString plain = path;
    plain.remove(index);
    if (plain != path) {
        paths.append(plain);
        while (plain.contains(u'.')) {
            plain = plain.section(u'.', 0, -2);
            paths.append(plain);
        }
    }
    return paths;
}

} // namespace

void FieldFeedback::addField(const QString &path, QWidget *input, QLabel *message) {
    m_fields.insert(path, Field{input, message});
    if (message && !message->isVisible() && message->text().isEmpty())
        message->hide();
}

const FieldFeedback::Field *FieldFeedback::find(const QString &path) const {
    if (path.isEmpty())
        return nullptr;
    for (const QString &candidate : candidates(path)) {
        const auto it = m_fields.constFind(candidate);
        if (it != m_fields.cend() && it->input)
            return &it.value();
    }
    return nullptr;
}

QWidget *FieldFeedback::inputFor(const QString &path) const {
    const Field *field = find(path);
    return field ? field->input.data() : nullptr;
}

QString FieldFeedback::errorColour() {
    return kErrorColour;
}

void FieldFeedback::styleAsError(QLabel *message) {
    message->setStyleSheet(QStringLiteral("color: %1;").arg(kErrorColour));
}

void FieldFeedback::frameAsError(QWidget *input) {
    // The object name keeps the rule to this one input, not its children.
    if (input->objectName().isEmpty())
        input->setObjectName(QStringLiteral("fieldInput"));
    input->setStyleSheet(
        QStringLiteral("#%1 { border: 2px solid %2; }").arg(input->objectName(), kErrorColour));
}

bool FieldFeedback::show(const common::Error &error, const QString &text) {
    const Field *field = find(error.field());
    if (!field)
        return false;
    const QString message = text.isEmpty() ? error.message() : text;
    QWidget *input = field->input;
    frameAsError(input);
    input->setAccessibleDescription(message);
    if (field->message) {
        field->message->setText(message);
        styleAsError(field->message);
        field->message->show();
    }
    input->setFocus(Qt::OtherFocusReason);
    m_marked.append(*field);
    return true;
}

void FieldFeedback::clear() {
    for (const Field &field : std::as_const(m_marked)) {
        if (field.input) {
            field.input->setStyleSheet({});
            field.input->setAccessibleDescription({});
        }
        if (field.message) {
            field.message->clear();
            field.message->hide();
        }
    }
    m_marked.clear();
}

} // namespace hn::client
