#pragma once

#include <QIcon>
#include <QString>

namespace imprint {

// The actions that carry an icon drawn for Imprint (resources/icons/actions).
enum class ActionIcon {
    CreateImage,
    Launch,
    Copy,
    Edit,
    Delete,
    Start,
    Stop,
    Refresh,
    Connect,
    TopUp,
};

// The desktop theme's icon under the freedesktop name where the theme has one (so Imprint looks
// like its neighbours), else the bundled SVG drawn in the palette's colours.
QIcon actionIcon(ActionIcon which);

// The freedesktop icon-theme name looked up first, and the bundled resource used otherwise.
QString actionIconThemeName(ActionIcon which);
QString actionIconResource(ActionIcon which);
QIcon bundledActionIcon(ActionIcon which);

} // namespace imprint
