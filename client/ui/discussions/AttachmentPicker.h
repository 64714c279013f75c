// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariantList>

class QLineEdit;
class QListView;

namespace hn::client {

class RecordListModel;
class Workspace;

// Chooses documents of one space to attach to a post: a searchable list of
// the space's documents (the same lazy record list as the documents
// section), several may be chosen.
class AttachmentPicker : public QDialog {
    Q_OBJECT
public:
    AttachmentPicker(Workspace &workspace, const QString &spaceId, QWidget *parent = nullptr);

    // QStringList{id, title} of each chosen document.
    QVariantList chosen() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

private:
    RecordListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
};

} // namespace hn::client
