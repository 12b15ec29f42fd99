#pragma once

#include "actionavailability.h"
#include "image.h"
#include "imagequota.h"
#include "instance.h"
#include "productpolicy.h"
#include "snapshot.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>

class QAction;

namespace imprint {

// The right-hand pane: everything about the selected record, the actions that apply to it as
// links, and for each unavailable action the reason. Links trigger the same QActions as the
// toolbar, so there is one path per action.
class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showNothing(const QString &hint);
    void showInstance(const Instance &instance, const QList<QAction *> &actions);
    void showImage(const Image &image, const QList<Snapshot> &snapshots, const ImageQuota &quota,
                   const QString &monthlyCost, const ProductPolicy &policy,
                   const QList<QAction *> &actions);
    void showSnapshot(const Snapshot &snapshot, const ProductPolicy &policy,
                      const QList<QAction *> &actions);

private:
    QString actionsHtml(const QList<QAction *> &actions) const;
    void onAnchorClicked(const QUrl &url);

    QList<QAction *> m_actions;
};

} // namespace imprint
