#include "actionicons.h"

#include "palettesvgiconengine.h"

namespace imprint {

namespace {

struct IconNames
{
    const char *theme;   // freedesktop icon naming spec, or the name common themes use
    const char *bundled; // file under resources/icons/actions
};

IconNames names(ActionIcon which)
{
    switch (which) {
    case ActionIcon::CreateImage:
        return {"document-save-as", "create-image"};
    case ActionIcon::Launch:
        return {"system-run", "launch"};
    case ActionIcon::Copy:
        return {"edit-copy", "copy"};
    case ActionIcon::Edit:
        return {"document-edit", "edit"};
    case ActionIcon::Delete:
        return {"edit-delete", "delete"};
    case ActionIcon::Start:
        return {"media-playback-start", "start"};
    case ActionIcon::Stop:
        return {"media-playback-stop", "stop"};
    case ActionIcon::Refresh:
        return {"view-refresh", "refresh"};
    case ActionIcon::Connect:
        return {"network-connect", "connect"};
    case ActionIcon::TopUp:
        return {"wallet-open", "top-up"};
    }
    Q_UNREACHABLE();
}

} // namespace

QString actionIconThemeName(ActionIcon which)
{
    return QString::fromLatin1(names(which).theme);
}

QString actionIconResource(ActionIcon which)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(names(which).bundled));
}

QIcon bundledActionIcon(ActionIcon which)
{
    return QIcon(new PaletteSvgIconEngine(actionIconResource(which)));
}

QIcon actionIcon(ActionIcon which)
{
    return QIcon::fromTheme(actionIconThemeName(which), bundledActionIcon(which));
}

} // namespace imprint
