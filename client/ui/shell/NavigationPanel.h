// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/SyncCounts.h"

#include <QString>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QTreeView;

namespace hn::client {

class NavigationModel;
class Workspace;

// The left side of the main window: the sections (Contacts, Documents,
// Discussions, and under "Synchronisation" Outbox, Conflicts and Set aside
// with their counts) and the areas ("All areas", then the spaces grouped
// by kind). Both are lists a person moves through with the arrow keys; the
// choice applies at once.
class NavigationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NavigationPanel(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *sections() const { return m_sections; }
    QTreeView *areas() const { return m_areas; }
    NavigationModel *areaModel() const { return m_model; }

    // Marks the section / area as chosen without emitting the signals.
    void markSection(int section);
    void markSpace(const QString &spaceId);
    void showCounts(const SyncCounts &counts);

Q_SIGNALS:
    // A MainWindow::Section.
    void sectionChosen(int section);
    void spaceChosen(const QString &spaceId);

private:
    void addSection(int section, const QString &icon);
    QListWidgetItem *itemOf(int section) const;
    QString sectionText(int section, int count) const;
    // Wide enough for the longest section name and a typical area name.
    int readableWidth() const;

    NavigationModel *m_model = nullptr;
    QListWidget *m_sections = nullptr;
    QTreeView *m_areas = nullptr;
    SyncCounts m_counts;
    QString m_spaceId; // the area shown ("" = all areas)
    bool m_marking = false;
};

} // namespace hn::client
