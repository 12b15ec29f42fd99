#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace imprint {

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("imprint"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/imprint_en.qm")))
        QCoreApplication::installTranslator(translator);
}

} // namespace imprint
