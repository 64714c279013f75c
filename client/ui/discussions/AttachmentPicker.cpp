// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/AttachmentPicker.h"

#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/Workspace.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::client {

AttachmentPicker::AttachmentPicker(Workspace &workspace, const QString &spaceId, QWidget *parent)
    : QDialog(parent)
    , m_model(new RecordListModel(
          workspace.replica(),
          {{tr("Document"),
            [](const common::Record &document, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return document.fields.value(QStringLiteral("title")).toString();
                if (role == Qt::DecorationRole)
                    return QIcon::fromTheme(QStringLiteral("text-x-generic"));
                return {};
            },
            QStringLiteral("json_extract(fields, '$.title')")}},
          this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this)) {
    setWindowTitle(tr("Attach documents"));
    RecordListQuery query;
    query.type = common::EntityType::Document;
    query.spaceIds = QStringList{spaceId};
    m_model->setQuery(query);
    m_model->sort(0, Qt::AscendingOrder);

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Words from the title, tags or text"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        RecordListQuery changed = m_model->query();
        changed.text = text;
        m_model->setQuery(changed);
    });

    auto *listLabel = new QLabel(tr("&Documents of this area:"), this);
    listLabel->setBuddy(m_list);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Documents of this area"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("A&ttach"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

QVariantList AttachmentPicker::chosen() const {
    QVariantList documents;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const auto document = m_model->record(row.row());
        if (document)
            documents.append(QStringList{
                document->meta.id, document->fields.value(QStringLiteral("title")).toString()});
    }
    return documents;
}

} // namespace hn::client
