// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/ConflictDialog.h"

#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/RecordDescription.h"
#include "common/Error.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"
#include "common/Validation.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hn::client {

using common::Error;

namespace {

bool isText(const QJsonValue &v) {
    return v.isString() || v.isNull() || v.isUndefined();
}

bool isTextList(const QJsonValue &v) {
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

QJsonArray joined(const QJsonArray &first, const QJsonArray &second) {
    QJsonArray out = first;
    for (const QJsonValue &item : second) {
        if (!out.contains(item))
            out.append(item);
    }
    return out;
}

QLabel *valueLabel(const QString &text, const QString &accessibleName, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(4);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

// Checks a merged value with the rules the server applies to the field
// (FieldRules); whether a field is required is the record's business.
void checkFieldValue(common::EntityType type, const QString &field, const QJsonValue &value) {
    const common::FieldRule rule = common::FieldRules::ruleFor(type, field);
    common::validation::TextRule text = rule.text;
    text.required = false;
    auto check = [&](const QString &path, const QString &s) {
        const std::string utf8 = s.toStdString();
        if (rule.format == common::FieldRule::Format::Email && !s.isEmpty())
            common::validation::email(path, utf8);
        else
            common::validation::text(path, utf8, text);
    };
    if (value.isString()) {
        check(field, value.toString());
    } else if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isString())
                check(QStringLiteral("%1[%2]").arg(field).arg(i), items.at(i).toString());
        }
    }
}

} // namespace

ConflictDialog::ConflictDialog(Workspace &workspace, const Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("conflictDialog"));
    const std::optional<common::Record> local = workspace.replica().record(conflict.recordId);
    QJsonObject fields = local ? local->fields : QJsonObject();
    if (conflict.mine.isObject())
        fields = conflict.mine.toObject();
    else if (fields.isEmpty() && conflict.theirs.isObject())
        fields = conflict.theirs.toObject();
    const QString title = RecordDescription::title(conflict.type, fields);
    setWindowTitle(tr("Conflict: %1").arg(title));

    auto *layout = new QVBoxLayout(this);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    if (conflict.kind == Conflict::Kind::Field) {
        auto *intro = new QLabel(
            tr("“%1” (%2) was changed on this computer and on the server at the same time. For"
               " each field, choose your value, the server's value, or a merged value you can"
               " edit.")
                .arg(title, RecordDescription::typeName(conflict.type)),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        for (const Conflict &c : workspace.replica().conflicts()) {
            if (c.recordId == conflict.recordId && c.kind == Conflict::Kind::Field)
                addFieldChoice(contentLayout, c);
        }
    } else {
        addRecordChoice(contentLayout, conflict);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    m_error->setObjectName(QStringLiteral("conflictError"));
    FieldFeedback::styleAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    QPushButton *resolve = m_buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    resolve->setObjectName(QStringLiteral("resolveButton"));
    resolve->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
    QPushButton *later = m_buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    layout->addWidget(m_buttons);
    resize(760, std::min(720, 260 + 190 * int(m_choices.size())));
    updateResolvable();
}

QPushButton *ConflictDialog::resolveButton() const {
    return findChild<QPushButton *>(QStringLiteral("resolveButton"));
}

void ConflictDialog::addFieldChoice(QVBoxLayout *layout, const Conflict &conflict) {
    const QString label = RecordDescription::fieldLabel(conflict.field);
    auto *box = new QGroupBox(label);
    box->setObjectName(QStringLiteral("field-%1").arg(conflict.field));
    box->setAccessibleName(tr("Decision on %1").arg(label));
    auto *grid = new QGridLayout(box);
    FieldChoice choice;
    choice.conflict = conflict;
    const QString mineText = RecordDescription::valueText(conflict.mine);
    const QString theirsText = RecordDescription::valueText(conflict.theirs);

    // No mnemonics: every field has the same three choices, so letters would
    // repeat; Tab reaches a field's group and the arrow keys choose in it.
    choice.mine = new QRadioButton(tr("Mine (this computer)"), box);
    choice.theirs = new QRadioButton(tr("Theirs (server)"), box);
    choice.mine->setAccessibleDescription(tr("My value of %1: %2").arg(label, mineText));
    choice.theirs->setAccessibleDescription(tr("Server's value of %1: %2").arg(label, theirsText));
    grid->addWidget(choice.mine, 0, 0);
    grid->addWidget(choice.theirs, 0, 1);
    grid->addWidget(valueLabel(mineText, tr("My value of %1").arg(label), box), 1, 0);
    grid->addWidget(valueLabel(theirsText, tr("Server's value of %1").arg(label), box), 1, 1);

    const bool multiLine = RecordDescription::isMultiLine(conflict.type, conflict.field);
    const QJsonValue merged = prefill(conflict, multiLine);
    const bool textField = isText(conflict.mine) && isText(conflict.theirs);
    const bool textList = isTextList(conflict.mine) && isTextList(conflict.theirs);
    const bool objectList = conflict.mine.isArray() && conflict.theirs.isArray();
    if (textField || textList || objectList) {
        choice.merged = new QRadioButton(tr("Merged"), box);
        grid->addWidget(choice.merged, 0, 2);
        QWidget *editor = nullptr;
        if (textField && !multiLine) {
            choice.mergedLine = new QLineEdit(merged.toString(), box);
            editor = choice.mergedLine;
            connect(choice.mergedLine, &QLineEdit::textEdited, choice.merged,
                    [m = choice.merged] { m->setChecked(true); });
        } else if (textField || textList) {
            QString text = merged.toString();
            if (textList) {
                QStringList lines;
                for (const QJsonValue &v : merged.toArray())
                    lines << v.toString();
                text = lines.join(QLatin1Char('\n'));
                choice.merged->setToolTip(tr("One entry per line"));
            }
            choice.mergedText = new QPlainTextEdit(text, box);
            choice.mergedText->setTabChangesFocus(true);
            choice.mergedText->setMaximumHeight(110);
            editor = choice.mergedText;
            connect(choice.mergedText, &QPlainTextEdit::textChanged, choice.merged,
                    [m = choice.merged] { m->setChecked(true); });
        } else {
            // Phone numbers and the like: both lists together, not edited here.
            editor = valueLabel(RecordDescription::valueText(merged),
                                tr("Merged value of %1").arg(label), box);
            choice.merged->setToolTip(tr("Both lists together, without duplicates"));
        }
        editor->setObjectName(QStringLiteral("merged-%1").arg(conflict.field));
        editor->setAccessibleName(tr("Merged value of %1").arg(label));
        grid->addWidget(editor, 1, 2);
    } else {
        auto *note = new QLabel(tr("This field cannot be combined; choose one side."), box);
        note->setWordWrap(true);
        grid->addWidget(note, 1, 2);
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    choice.error = new QLabel(box);
    FieldFeedback::styleAsError(choice.error);
    choice.error->setWordWrap(true);
    choice.error->hide();
    grid->addWidget(choice.error, 2, 0, 1, 3);

    auto *group = new QButtonGroup(box);
    for (QRadioButton *r : {choice.mine, choice.theirs, choice.merged}) {
        if (!r)
            continue;
        group->addButton(r);
        connect(r, &QRadioButton::toggled, this, &ConflictDialog::updateResolvable);
    }
    layout->addWidget(box);
    m_choices.append(choice);
}

void ConflictDialog::addRecordChoice(QVBoxLayout *layout, const Conflict &conflict) {
    const bool myEdit = conflict.kind == Conflict::Kind::EditVsDelete;
    // Both sides field by field. My edit: my fields against a deletion. My
    // deletion: the record as I last had it against the server's edits.
    QJsonObject left = conflict.mine.toObject();
    if (!myEdit) {
        const std::optional<common::Record> local = m_workspace.replica().record(conflict.recordId);
        if (local)
            left = local->fields;
    }
    const QJsonObject right = conflict.theirs.toObject();
    const QString title = RecordDescription::title(conflict.type, myEdit ? left : right);

    auto *intro =
        new QLabel(myEdit ? tr("You changed “%1” on this computer, but it was deleted on the server"
                               " meanwhile. Restore it with your changes, or accept the deletion.")
                                .arg(title)
                          : tr("You deleted “%1” on this computer, but it was changed on the server"
                               " meanwhile. Delete it anyway, or keep it as the server has it.")
                                .arg(title));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList keys = left.keys();
    for (const QString &k : right.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    m_sides = new QTableWidget(0, 3);
    m_sides->setObjectName(QStringLiteral("conflictSides"));
    m_sides->setAccessibleName(tr("Both sides, field by field"));
    m_sides->setHorizontalHeaderLabels(
        {tr("Field"), myEdit ? tr("On this computer (your changes)") : tr("Before your deletion"),
         myEdit ? tr("On the server") : tr("On the server now")});
    m_sides->verticalHeader()->hide();
    m_sides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sides->setWordWrap(true);
    m_sides->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const QString &key : keys) {
        const QJsonValue l = left.value(key);
        const QJsonValue r = right.value(key);
        const QString lt = RecordDescription::valueText(l);
        const QString rt = myEdit ? tr("(deleted)") : RecordDescription::valueText(r);
        const QString empty = RecordDescription::valueText(QJsonValue());
        if (lt == empty && (myEdit || rt == empty))
            continue;
        const int row = m_sides->rowCount();
        m_sides->insertRow(row);
        auto *name = new QTableWidgetItem(RecordDescription::fieldLabel(key));
        auto *mine = new QTableWidgetItem(lt);
        auto *theirs = new QTableWidgetItem(rt);
        if (!myEdit && l != r) {
            QFont bold = name->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {name, mine, theirs})
                item->setFont(bold);
            name->setToolTip(tr("Changed on the server"));
        }
        m_sides->setItem(row, 0, name);
        m_sides->setItem(row, 1, mine);
        m_sides->setItem(row, 2, theirs);
    }
    m_sides->resizeRowsToContents();
    m_sides->setMinimumHeight(220);
    layout->addWidget(m_sides, 1);

    FieldChoice choice;
    choice.conflict = conflict;
    auto *box = new QGroupBox(tr("Your decision"));
    auto *boxLayout = new QVBoxLayout(box);
    choice.mine = new QRadioButton(
        myEdit ? tr("Res&tore the record with my changes") : tr("&Delete it anyway"), box);
    choice.theirs = new QRadioButton(
        myEdit ? tr("&Accept the deletion") : tr("&Keep the record as the server has it"), box);
    if (myEdit) {
        choice.mine->setToolTip(
            tr("The record comes back as a new record with your fields; links to the old one"
               " are not restored."));
    }
    boxLayout->addWidget(choice.mine);
    boxLayout->addWidget(choice.theirs);
    choice.error = new QLabel(box);
    FieldFeedback::styleAsError(choice.error);
    choice.error->hide();
    boxLayout->addWidget(choice.error);
    auto *group = new QButtonGroup(box);
    for (QRadioButton *r : {choice.mine, choice.theirs}) {
        group->addButton(r);
        connect(r, &QRadioButton::toggled, this, &ConflictDialog::updateResolvable);
    }
    layout->addWidget(box);
    m_choices.append(choice);
}

QJsonValue ConflictDialog::prefill(const Conflict &conflict, bool multiLine) {
    const QJsonValue &mine = conflict.mine;
    const QJsonValue &theirs = conflict.theirs;
    if (mine.isArray() && theirs.isArray())
        return joined(mine.toArray(), theirs.toArray());
    if (isText(mine) && isText(theirs)) {
        const QString m = mine.toString();
        const QString t = theirs.toString();
        if (m.trimmed().isEmpty())
            return t;
        if (t.trimmed().isEmpty() || m.contains(t))
            return m;
        if (t.contains(m))
            return t;
        // Notes and office hours: keep both, mine first.
        return multiLine ? QJsonValue(m + QLatin1Char('\n') + t) : QJsonValue(m);
    }
    return mine;
}

void ConflictDialog::updateResolvable() {
    bool all = !m_choices.isEmpty();
    for (const FieldChoice &c : std::as_const(m_choices)) {
        all = all
              && (c.mine->isChecked() || c.theirs->isChecked()
                  || (c.merged && c.merged->isChecked()));
    }
    if (QPushButton *resolve = resolveButton()) {
        resolve->setEnabled(all);
        resolve->setToolTip(all ? QString() : tr("Choose a value for every field first"));
    }
}

std::optional<Resolution> ConflictDialog::resolutionOf(FieldChoice &choice) {
    if (choice.mine->isChecked())
        return Resolution{Resolution::Choice::Mine, {}};
    if (choice.theirs->isChecked())
        return Resolution{Resolution::Choice::Theirs, {}};
    if (!choice.merged || !choice.merged->isChecked())
        return std::nullopt;
    const Conflict &c = choice.conflict;
    QJsonValue value;
    if (choice.mergedLine) {
        value = choice.mergedLine->text().trimmed();
    } else if (choice.mergedText && isTextList(c.mine)) {
        QJsonArray items;
        for (const QString &line : choice.mergedText->toPlainText().split(QLatin1Char('\n'))) {
            const QString item = line.trimmed();
            if (!item.isEmpty() && !items.contains(item))
                items.append(item);
        }
        value = items;
    } else if (choice.mergedText) {
        value = choice.mergedText->toPlainText();
    } else {
        value = prefill(c, false);
    }
    // The server would refuse a value against its rules; say so here, at
    // the field, while the person's text is still in the editor.
    checkFieldValue(c.type, c.field, value);
    const std::optional<common::Record> record = m_workspace.replica().record(c.recordId);
    if (record) {
        QJsonObject fields = record->fields;
        fields.insert(c.field, value);
        common::RecordValidation::check(c.type, c.recordId, fields);
    }
    return Resolution{Resolution::Choice::Merged, value};
}

void ConflictDialog::showFieldError(FieldChoice &choice, const QString &message) {
    choice.error->setText(message);
    choice.error->show();
    QWidget *editor = choice.mergedLine ? static_cast<QWidget *>(choice.mergedLine)
                                        : static_cast<QWidget *>(choice.mergedText);
    if (editor && choice.merged && choice.merged->isChecked()) {
        FieldFeedback::frameAsError(editor);
        editor->setFocus();
    } else {
        choice.mine->setFocus();
    }
}

void ConflictDialog::accept() {
    m_error->hide();
    QList<Resolution> resolutions;
    for (FieldChoice &choice : m_choices) {
        choice.error->hide();
        for (QWidget *w : {static_cast<QWidget *>(choice.mergedLine),
                           static_cast<QWidget *>(choice.mergedText)}) {
            if (w)
                w->setStyleSheet({});
        }
    }
    for (FieldChoice &choice : m_choices) {
        try {
            const std::optional<Resolution> r = resolutionOf(choice);
            if (!r) {
                showFieldError(choice, tr("Choose a value for this field."));
                return;
            }
            resolutions.append(*r);
        } catch (const Error &error) {
            showFieldError(choice, error.message());
            return;
        }
    }
    // Each decision is its own transaction; one that fails leaves the ones
    // before it decided and stays shown with its reason.
    for (int i = 0; i < m_choices.size();) {
        FieldChoice &choice = m_choices[i];
        try {
            m_workspace.replica().resolveConflict(choice.conflict.id, resolutions.at(i),
                                                  m_workspace.user().id);
        } catch (const Error &error) {
            showFieldError(choice, error.describe());
            m_error->setText(tr("Not every conflict could be resolved; the others were."));
            m_error->show();
            return;
        }
        if (QWidget *box = choice.mine->parentWidget())
            box->setEnabled(false);
        m_choices.removeAt(i);
        resolutions.removeAt(i);
    }
    QDialog::accept();
}

} // namespace hn::client
