#pragma once

#include <QString>

namespace imprint {

// Installs Imprint's translator and Qt's own (qtbase: wizard, button-box and file-dialog
// buttons) for `language` ("zh_CN", "en"); empty means the language saved in Settings, else the
// system locale. Falls back to English, whose catalogue carries the plural forms ("1 day" /
// "7 days"). An explicit language also becomes the default locale for numbers and dates.
// Call once per process, before the first window.
void installTranslations(const QString &language = {});

} // namespace imprint
