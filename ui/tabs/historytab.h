// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "namecolors.h"

#include <QWidget>

#include <memory>
#include <vector>

class EmptyStateStack;
class HistoryClient;
class HistoryRunsModel;
class HistoryTrendChart;
class HistoryTrendModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The run history (docs/history.md) in the window: the stored runs in a table
/// (environment changes against the previous run highlighted) above the trend
/// of the groups picked by model, method and hardware. Two selected runs open
/// in the Compare tab. Reads the store through HistoryClient, off the GUI
/// thread; the first read happens when the tab is first shown.
class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTab(HistoryClient *client, QWidget *parent = nullptr);
    ~HistoryTab() override;

    QString title() const { return tr("History"); }
    /// Reads the runs again (after an add, or a new store location).
    void refresh();
    void setDarkTheme(bool dark);
    void setNameColors(std::shared_ptr<const NameColors> colors);

    /// The selected runs' ids, oldest first.
    QList<qint64> selectedRuns() const;
    /// Selects the runs with these ids (for tests and after an add).
    void selectRuns(const QList<qint64> &ids);
    /// Picks the trend's groups: an empty method or hardware means all of them.
    void pickGroups(const QString &model, const QString &method, const QString &hardware);

    HistoryRunsModel *runsModel() const { return m_runsModel; }
    HistoryTrendModel *trendModel() const { return m_trendModel; }
    HistoryTrendChart *trendChart() const { return m_chart; }
    QTableView *runsView() const { return m_runsView; }
    QPushButton *compareButton() const { return m_compare; }
    EmptyStateStack *stateStack() const { return m_stack; }
    QString statusText() const;
    QString trendNote() const;

Q_SIGNALS:
    /// Two runs were read for the Compare tab; names as the Compare tab shows them.
    void compareReady(const DatasetPtr &baseline, const QString &baselineName, const DatasetPtr &candidate,
                      const QString &candidateName);
    /// The runs were read (or found missing) and the table shows them.
    void runsShown();
    /// The trend of the picked groups is drawn.
    void trendShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRuns(const QList<HistoryRun> &runs, const std::vector<HistoryTrendGroup> &groups);
    void fillPickers();
    void updateTrend();
    void updateButtons();
    void compareSelected();
    QString runName(qint64 id) const;

    HistoryClient *m_client;
    bool m_readOnce = false;
    std::vector<HistoryTrendGroup> m_groups;
    QList<qint64> m_wantSelected;
    QString m_trendNote;

    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_compare;
    HistoryRunsModel *m_runsModel;
    QSortFilterProxyModel *m_runsProxy;
    QTableView *m_runsView;
    QComboBox *m_modelBox;
    QComboBox *m_methodBox;
    QComboBox *m_hardwareBox;
    QLabel *m_note;
    HistoryTrendModel *m_trendModel;
    HistoryTrendChart *m_chart;
    EmptyStateStack *m_stack;
};
