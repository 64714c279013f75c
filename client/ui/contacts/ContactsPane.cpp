// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactsPane.h"

#include "client/core/SearchText.h"
#include "client/ui/contacts/ContactCard.h"
#include "client/ui/contacts/ContactEditor.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/TableRows.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

using common::EntityType;

namespace {

QToolButton *actionButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

ContactsPane::ContactsPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_columns(workspace.replica())
    , m_facets(workspace.replica()) {
    setObjectName(QStringLiteral("contactsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("contact-new"),
                                               QIcon::fromTheme(QStringLiteral("list-add"))),
                              tr("&New contact…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit contact…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete contact…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    addAction(m_editAction);
    addAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &ContactsPane::newContact);
    connect(m_editAction, &QAction::triggered, this, &ContactsPane::editContact);
    connect(m_deleteAction, &QAction::triggered, this, &ContactsPane::deleteContact);

    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new RecordListModel(workspace.replica(), m_columns.columns(), this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("contactList"));
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    showOneLineRows(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(ContactColumns::Name, Qt::AscendingOrder);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true); // sorts once: every contact of every space, by name
    sizeColumns();
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPane::currentRowChanged);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_editAction->isEnabled())
            editContact();
    });
    connect(m_model, &RecordListModel::modelReset, this, &ContactsPane::updateActions);

    // The actions stand over the card they act on; the filter row above
    // both keeps its room for the filters.
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(6, 0, 6, 0);
    // "New contact" is the main toolbar's first button (and Ctrl+N).
    actions->addWidget(actionButton(m_editAction, detail));
    actions->addWidget(actionButton(m_deleteAction, detail));
    actions->addStretch();
    detailLayout->addLayout(actions);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The card wraps to the width it gets; only its height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The card's own controls take the focus, not the frame around them.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_card = new ContactCard(workspace, scroll);
    scroll->setWidget(m_card);
    detailLayout->addWidget(scroll, 1);
    connect(m_card, &ContactCard::contactRequested, this, &ContactsPane::showRecord);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // At 1280x800 the list shows name, function, organization,
    // municipality, phone and the start of the e-mail; the card the rest.
    int listWidth = columnWidthFor(m_view, 12);
    for (int column = ContactColumns::Name; column <= ContactColumns::Phone; ++column)
        listWidth += m_view->columnWidth(column);
    splitter->setSizes({listWidth, listWidth / 2});
    layout->addWidget(splitter, 1);

    connect(&workspace, &Workspace::recordsChanged, this, &ContactsPane::recordsChanged);
    connect(&workspace, &Workspace::permissionsChanged, this, &ContactsPane::updateActions);
    updateActions();
}

ContactsPane::~ContactsPane() = default;

void ContactsPane::buildFilters(QWidget *bar) {
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    auto labelled = [&](const QString &text, QWidget *input) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(input);
        row->addWidget(label);
        row->addWidget(input);
    };
    m_kindFilter = new QComboBox(bar);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All"), QString());
    m_kindFilter->addItem(tr("Persons"), QStringLiteral("person"));
    m_kindFilter->addItem(tr("Organizations"), QStringLiteral("organization"));
    labelled(tr("&Kind:"), m_kindFilter);
    m_tagFilter = new QComboBox(bar);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setMinimumContentsLength(12);
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fillFacet(m_tagFilter, {});
    labelled(tr("T&opic:"), m_tagFilter);
    m_municipalityFilter = new QComboBox(bar);
    m_municipalityFilter->setObjectName(QStringLiteral("municipalityFilter"));
    m_municipalityFilter->setMinimumContentsLength(12);
    m_municipalityFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fillFacet(m_municipalityFilter, {});
    labelled(tr("M&unicipality:"), m_municipalityFilter);
    m_textFilter = new QLineEdit(bar);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Name, function, topic…"));
    // Room for a name or a word and the clear button; any more is welcome.
    m_textFilter->setMinimumWidth(m_textFilter->fontMetrics().averageCharWidth() * 18);
    m_textFilter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    labelled(tr("Fi&lter:"), m_textFilter);
    row->setStretchFactor(m_textFilter, 1);

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &ContactsPane::applyQuery);
    connect(m_textFilter, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_kindFilter, m_tagFilter, m_municipalityFilter})
        connect(box, &QComboBox::activated, this, &ContactsPane::applyQuery);
    // The values are read when a person turns to the filter, not on every
    // change: reading the topics of 100,000 contacts takes half a second.
    m_tagFilter->installEventFilter(this);
    m_municipalityFilter->installEventFilter(this);
}

void ContactsPane::sizeColumns() {
    // Widths in characters of the font in use: typical names, functions and
    // organizations fit, longer ones are elided (the tooltip has them).
    const QList<std::pair<int, int>> characters{{ContactColumns::Name, 22},
                                                {ContactColumns::Function, 20},
                                                {ContactColumns::Organization, 22},
                                                {ContactColumns::Municipality, 16}};
    for (const auto &[column, count] : characters)
        m_view->setColumnWidth(column, columnWidthFor(m_view, count));
    // A phone number with area code, in digits, which are wider than average.
    m_view->setColumnWidth(ContactColumns::Phone, m_view->fontMetrics().horizontalAdvance(
                                                      QStringLiteral("00000 000000000"))
                                                      + columnWidthFor(m_view, 0));
}

void ContactsPane::fillFacet(QComboBox *box, const QStringList &values) {
    const QString current = box->currentData().toString();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(tr("All"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    // A chosen value that no contact has any more still filters (to none),
    // so the list never changes under the person's hands.
    int index = box->findData(current);
    if (index < 0 && !current.isEmpty()) {
        box->addItem(current, current);
        index = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, index));
}

void ContactsPane::refreshFacets() {
    m_facetsStale = false;
    const QStringList spaces = m_spaceId.isEmpty() ? QStringList() : QStringList{m_spaceId};
    try {
        fillFacet(m_tagFilter, m_facets.tags(spaces));
        fillFacet(m_municipalityFilter, m_facets.municipalities(spaces));
    } catch (const common::Error &error) {
        m_tagFilter->setToolTip(error.message());
    }
}

void ContactsPane::applyQuery() {
    RecordListQuery query;
    query.type = EntityType::Contact;
    if (!m_spaceId.isEmpty())
        query.spaceIds = {m_spaceId};
    const QString kind = m_kindFilter->currentData().toString();
    if (!kind.isEmpty())
        query.filters.append({QStringLiteral("kind"), kind, RecordFilter::Match::Equals});
    const QString tag = m_tagFilter->currentData().toString();
    if (!tag.isEmpty())
        query.filters.append({QStringLiteral("tags"), tag, RecordFilter::Match::HasElement});
    const QString municipality = m_municipalityFilter->currentData().toString();
    if (!municipality.isEmpty())
        query.filters.append(
            {QStringLiteral("municipality"), municipality, RecordFilter::Match::Equals});
    query.text = m_textFilter->text();
    const QString shown = m_card->contactId();
    m_model->setQuery(query);
    const int row = shown.isEmpty() ? -1 : m_model->rowOf(shown);
    if (row >= 0)
        m_view->selectRow(row);
    updateActions();
}

bool ContactsPane::hasUnsavedWork() const {
    if (const ContactEditor *open = m_editor.data())
        return open->isVisible() && open->hasChanges();
    return false;
}

void ContactsPane::showSpace(const QString &spaceId) {
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    m_facetsStale = true;
    applyQuery();
}

void ContactsPane::showRecord(const QString &recordId) {
    const int row = m_model->rowOf(recordId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        // Not in this list (another space, filtered out): the card shows it
        // anyway, and the list keeps what the person chose.
        m_view->clearSelection();
        m_card->showContact(m_workspace.replica().record(recordId));
    }
    updateActions();
}

void ContactsPane::currentRowChanged() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_card->showContact(m_model->record(current.row()));
    updateActions();
}

void ContactsPane::recordsChanged() {
    m_columns.forget();
    m_model->reload();
    const QString shown = m_card->contactId();
    if (!shown.isEmpty()) {
        // A changed order resets the list and its selection: the contact on
        // the card is selected again and scrolled to, so the list and the
        // card agree and the keyboard goes on from there.
        const int row = m_model->rowOf(shown);
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (row >= 0 && (!current.isValid() || current.row() != row)) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, 0));
        }
        m_card->showContact(m_workspace.replica().record(shown));
    }
    m_facetsStale = true;
    updateActions();
}

std::optional<common::Record> ContactsPane::shownRecord() const {
    if (m_card->contactId().isEmpty())
        return std::nullopt;
    return m_workspace.replica().record(m_card->contactId());
}

void ContactsPane::updateActions() {
    const Permissions &permissions = m_workspace.permissions();
    common::Decision create;
    if (!m_spaceId.isEmpty()) {
        create = permissions.mayCreate(m_spaceId);
    } else if (!permissions.writableSpaceIds().isEmpty()) {
        create.allowed = true;
    } else {
        const QStringList spaces = permissions.spaceIds();
        create = spaces.isEmpty() ? common::Decision{false, tr("No area is available yet.")}
                                  : permissions.mayCreate(spaces.first());
        if (create.reason.isEmpty())
            create.reason = tr("You may not create contacts in any area.");
    }
    showDecision(m_newAction, create, tr("Create a new contact"));

    const std::optional<common::Record> record = shownRecord();
    if (!record || record->meta.deleted) {
        const common::Decision none{false, tr("Select a contact first.")};
        showDecision(m_editAction, none);
        showDecision(m_deleteAction, none);
        return;
    }
    showDecision(m_editAction, permissions.mayEdit(*record), tr("Edit the selected contact"));
    showDecision(m_deleteAction, permissions.mayDelete(*record), tr("Delete the selected contact"));
}

void ContactsPane::openEditor(const QString &recordId) {
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new ContactEditor(m_workspace, recordId, m_spaceId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ContactEditor::saved, this, &ContactsPane::showRecord);
    // Closed is done, even before the deferred delete ran.
    connect(editor, &QDialog::finished, this, [this] { m_editor = nullptr; });
    m_editor = editor;
    editor->open();
}

void ContactsPane::newContact() {
    if (m_newAction->isEnabled())
        openEditor({});
}

void ContactsPane::editContact() {
    if (m_editAction->isEnabled() && !m_card->contactId().isEmpty())
        openEditor(m_card->contactId());
}

void ContactsPane::deleteContact() {
    const std::optional<common::Record> record = shownRecord();
    if (!m_deleteAction->isEnabled() || !record || m_deleteQuestion)
        return;
    const QString name = SearchText::displayTitle(EntityType::Contact, record->fields);
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete contact"),
        tr("Delete the contact \"%1\"? Everyone with access to this area will no longer see it.")
            .arg(name),
        QMessageBox::NoButton, this);
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question->setDefaultButton(question->addButton(tr("Cancel"), QMessageBox::RejectRole));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QDialog::finished, this, [this] { m_deleteQuestion = nullptr; });
    m_deleteQuestion = question;
    const QString id = record->meta.id;
    connect(question, &QMessageBox::buttonClicked, this,
            [this, remove, id](QAbstractButton *clicked) {
                if (clicked != remove)
                    return;
                try {
                    m_workspace.remove(id);
                    m_card->showContact(std::nullopt);
                    updateActions();
                } catch (const common::Error &error) {
                    QMessageBox::warning(this, tr("Delete contact"), error.message());
                }
            });
    question->open();
}

bool ContactsPane::eventFilter(QObject *watched, QEvent *event) {
    if ((watched == m_tagFilter || watched == m_municipalityFilter) && m_facetsStale
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)) {
        refreshFacets();
    } else if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_rowsPainted
               && m_model->rowCount() > 0) {
        m_rowsPainted = true;
        // Queued: the rows are on screen once this paint event is done.
        QMetaObject::invokeMethod(this, &ContactsPane::firstRowsPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hn::client
