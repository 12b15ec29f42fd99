#pragma once

#include <Qt>

namespace imprint {

// Item data roles shared by every model of this layer, so that a view or delegate asks any of
// them the same question. A base of each model, so both ItemRoles::IdRole and
// ImageTableModel::IdRole (or RegionTreeModel::RegionKeyRole) name the same role.
struct ItemRoles
{
    enum Role : int {
        IdRole = Qt::UserRole + 1, // QString: the record's id (region rows: region id)
        RegionKeyRole,             // QString: Region::key(); product rows: "lighthouse/"
        ProductRole,               // int: imprint::Product
        ProgressRole,              // int 0..100 while work is in progress, invalid otherwise
        StateRole,                 // int: the record's state enum (ImageState, ...)
        RecordRole,                // the whole record: QVariant::fromValue(Image) etc.
        ToneRole,                  // int: CellTone the cell's text reports; invalid: plain text
    };

    // What a cell's text reports, for a view to colour: the ui's ThemeColors picks a colour
    // that reads on the palette in use, so a model never names one. The text says it too.
    enum class CellTone : int { Error = 0, Warning = 1, Ok = 2 };
};

} // namespace imprint
