// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/FormRow.h"

#include "client/ui/shell/FieldFeedback.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hn::client {

void FormRow::add(QFormLayout *form, const QString &caption, QWidget *cell, QWidget *input,
                  FieldFeedback &feedback, const QString &field) {
    QWidget *parent = form->parentWidget();
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(cell);
    auto *message = new QLabel(column);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->hide();
    layout->addWidget(message);
    auto *label = new QLabel(caption, parent);
    label->setBuddy(input);
    form->addRow(label, column);
    feedback.addField(field, input, message);
}

} // namespace hn::client
