#include "placenames.h"

#include <QCoreApplication>

namespace imprint {

namespace {

// Every region and zone the demo world (simulator/demoworld.cpp) has, so that lupdate lists
// them for translation.
[[maybe_unused]] const char *const knownPlaces[] = {
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone 3"),
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone 5"),
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone 7"),
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone G"),
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone H"),
    QT_TRANSLATE_NOOP("PlaceNames", "Beijing Zone I"),
    QT_TRANSLATE_NOOP("PlaceNames", "California Zone A"),
    QT_TRANSLATE_NOOP("PlaceNames", "California"),
    QT_TRANSLATE_NOOP("PlaceNames", "Chengdu Zone 1"),
    QT_TRANSLATE_NOOP("PlaceNames", "Chengdu Zone 2"),
    QT_TRANSLATE_NOOP("PlaceNames", "China (Beijing)"),
    QT_TRANSLATE_NOOP("PlaceNames", "China (Hangzhou)"),
    QT_TRANSLATE_NOOP("PlaceNames", "China (Hong Kong)"),
    QT_TRANSLATE_NOOP("PlaceNames", "China (Shanghai)"),
    QT_TRANSLATE_NOOP("PlaceNames", "East China (Shanghai)"),
    QT_TRANSLATE_NOOP("PlaceNames", "Guangdong Zone B"),
    QT_TRANSLATE_NOOP("PlaceNames", "Guangdong"),
    QT_TRANSLATE_NOOP("PlaceNames", "Guangzhou Zone 3"),
    QT_TRANSLATE_NOOP("PlaceNames", "Guangzhou Zone 4"),
    QT_TRANSLATE_NOOP("PlaceNames", "Guangzhou Zone 6"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hangzhou Zone H"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hangzhou Zone I"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hangzhou Zone J"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong Zone 2"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong Zone 3"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong Zone A"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong Zone B"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong Zone C"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong"),
    QT_TRANSLATE_NOOP("PlaceNames", "Hong Kong, China"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China (Beijing)"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China One Zone A"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China One"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China Two Zone B"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China Two Zone C"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China Two Zone D"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China Two Zone E"),
    QT_TRANSLATE_NOOP("PlaceNames", "North China Two"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Two Zone A"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Two Zone B"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Two"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone 2"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone 3"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone 5"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone E"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone F"),
    QT_TRANSLATE_NOOP("PlaceNames", "Shanghai Zone G"),
    QT_TRANSLATE_NOOP("PlaceNames", "Silicon Valley Zone 1"),
    QT_TRANSLATE_NOOP("PlaceNames", "Silicon Valley Zone 2"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore Zone 1"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore Zone 3"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore Zone A"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore Zone B"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore Zone C"),
    QT_TRANSLATE_NOOP("PlaceNames", "Singapore"),
    QT_TRANSLATE_NOOP("PlaceNames", "South China (Guangzhou)"),
    QT_TRANSLATE_NOOP("PlaceNames", "Southeast Asia (Singapore)"),
    QT_TRANSLATE_NOOP("PlaceNames", "Southwest China (Chengdu)"),
    QT_TRANSLATE_NOOP("PlaceNames", "West US (Silicon Valley)"),
};

} // namespace

QString placeName(const QString &name)
{
    const QByteArray source = name.toUtf8();
    return QCoreApplication::translate("PlaceNames", source.constData());
}

} // namespace imprint
