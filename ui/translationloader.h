#pragma once

namespace imprint {

// Installs Imprint's translator for the user's locale, falling back to English, whose catalogue
// carries the plural forms ("1 day" / "7 days"). Safe to call once per process.
void installTranslations();

} // namespace imprint
