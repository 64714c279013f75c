// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFormLayout;
class QWidget;

namespace hn::client {

class FieldFeedback;

// One row of the session dialogs' forms: a caption with a mnemonic whose
// buddy is the input, the input, and under it the (hidden) label where
// FieldFeedback shows what is wrong with it, registered under the field's
// wire name so a server's error lands at the right input.
class FormRow {
public:
    // `cell` is what the row shows (the input itself, or the input with a
    // "Choose…" button beside it); `input` is what gets the focus and frame.
    static void add(QFormLayout *form, const QString &caption, QWidget *cell, QWidget *input,
                    FieldFeedback &feedback, const QString &field);
    static void add(QFormLayout *form, const QString &caption, QWidget *input,
                    FieldFeedback &feedback, const QString &field) {
        add(form, caption, input, input, feedback, field);
    }
};

} // namespace hn::client
