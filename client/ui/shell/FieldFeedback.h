// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace hn::client {

// Shows a validation error at the input it is about: a red frame around
// the input, the message in the label under it (also the input's
// accessible description, so a screen reader reads it), and the focus on
// the input. Inputs are registered under their field paths as
// common::Error::field() names them ("family_name", "emails[1]",
// "phones[0].number", "address.postal_code").
class FieldFeedback {
public:
    // `message` is the label under the input (hidden while there is no
    // error); several inputs may share one.
    void addField(const QString &path, QWidget *input, QLabel *message);
    // Marks the input of error.field() (the closest registered path:
    // "phones[1].number", then "phones[1]", then "phones") and returns
    // true; false when no input matches (the caller shows the error
    // elsewhere). `text` replaces the error's message when given.
    bool show(const common::Error &error, const QString &text = {});
    // Removes every mark.
    void clear();
    // The input an error's field resolves to, or nullptr.
    QWidget *inputFor(const QString &path) const;
    // The one colour of every error in the window.
    static QString errorColour();
    // Gives a message label the error colour, for form-level messages that
    // belong to no one input.
    static void styleAsError(QLabel *message);
    // A red frame around this input only (not its children), whatever the
    // widget style; setStyleSheet({}) takes it away.
    static void frameAsError(QWidget *input);

private:
    struct Field {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };
    const Field *find(const QString &path) const;

    QHash<QString, Field> m_fields;
    QList<Field> m_marked;
};

} // namespace hn::client
