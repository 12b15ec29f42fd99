#pragma once

#include <QObject>

#include <functional>

class QSplitter;

namespace imprint {

// How the main window shares its width between the region tree, the tables and the details
// pane while the user has not dragged a splitter handle. Region names and the tables' key
// columns (name, ID, state, product) read whole first; when a narrow window has no room for
// all three, the details pane folds away, as the providers' consoles fold their details into
// a drawer, and View > Details Pane brings it back. Once the user drags a handle, their widths
// are kept (the side panes keep theirs when the window is resized) until View > Reset Pane
// Widths.
class PaneWidthPolicy : public QObject
{
    Q_OBJECT

public:
    struct Widths
    {
        int regions = 0;
        int centre = 0;
        int details = 0;
        bool operator==(const Widths &) const = default;
    };
    // What reads whole: the region tree with its longest name, the centre with its key columns.
    struct Wanted
    {
        int regions = 0;
        int centre = 0;
    };
    // The details pane: shown when there is room, or as the user chose with View > Details Pane.
    enum class Details { AsRoomAllows, Shown, Hidden };

    static constexpr int MinRegions = 150;
    static constexpr int MinDetails = 200;
    static constexpr int MaxDetails = 360;

    // The rule, for `available` px (splitter handles excluded).
    static Widths share(int available, Wanted wanted, Details details);

    // The splitter holds the region tree, the centre and the details pane, in that order.
    PaneWidthPolicy(QSplitter *splitter, std::function<Wanted()> wanted, QObject *parent);

    // What the user chose, to save and to restore with restore().
    bool isUserSized() const { return m_userSized; }
    Details details() const { return m_details; }
    // A saved session: its splitter state counts only if the user had sized the panes.
    void restore(const QByteArray &splitterState, bool userSized, Details details);

    bool isDetailsShown() const;
    // View > Details Pane: the user's choice, kept whatever the window's width.
    void setDetailsShown(bool shown);
    // View > Reset Pane Widths: back to the rule, as on a first run.
    void reset();
    // Shares the width again, unless the user sized the panes: after what reads whole changed.
    void apply();

signals:
    void detailsShownChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int available() const;
    void setSizes(const Widths &widths);

    QSplitter *m_splitter;
    std::function<Wanted()> m_wanted;
    bool m_userSized = false;
    Details m_details = Details::AsRoomAllows;
    bool m_detailsShown = true; // last reported by detailsShownChanged
    int m_userDetailsWidth = 0; // the details pane's width before the user folded it
};

} // namespace imprint
