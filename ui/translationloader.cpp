#include "translationloader.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace imprint {

namespace {

bool installTranslator(const QLocale &locale, const QString &name, const QStringList &folders)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

} // namespace

void installTranslations(const QString &language)
{
    const QString chosen = language.isEmpty() ? AppSettings().language() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

    // Installed catalogues first (a packager may ship newer ones), then the embedded copies.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/imprint/translations");
    if (!installTranslator(locale, QStringLiteral("imprint"),
                           {installed, QStringLiteral(":/i18n")}))
        installTranslator(QLocale(QLocale::English), QStringLiteral("imprint"),
                          {QStringLiteral(":/i18n")});
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        installTranslator(locale, QStringLiteral("qtbase"),
                          {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
}

} // namespace imprint
