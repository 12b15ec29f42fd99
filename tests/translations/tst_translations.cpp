#include "actionavailability.h"
#include "connectiondialog.h"
#include "instance.h"
#include "placenames.h"
#include "product.h"
#include "productpolicy.h"
#include "translationloader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace imprint;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;

    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    return messages;
}

// %1…%99 and %n, each counted once: a translation may reorder them, never drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|L?\\d{1,2})"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0).remove(QLatin1Char('L'));
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

const QString Sources = QStringLiteral(IMPRINT_SOURCE_DIR);

QString catalogue(const QString &language)
{
    return Sources + QStringLiteral("/translations/imprint_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete()
    {
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("zh_CN")));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + m.where();
            // Chinese has one plural form.
            if (m.forms.size() != 1 || m.forms.first().trimmed().isEmpty())
                problems << QStringLiteral("no translation: ") + m.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersSurviveTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void placeholdersSurviveTranslation()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const Message &m : readCatalogue(catalogue(language))) {
            if (!m.type.isEmpty())
                continue;
            for (const QString &form : m.forms)
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("%1 became \"%2\"").arg(m.where(), form);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreFilled()
    {
        QStringList problems;
        for (const Message &m : readCatalogue(catalogue(QStringLiteral("en")))) {
            if (!m.numerus || m.type == QLatin1String("vanished"))
                continue;
            if (m.type == QLatin1String("unfinished") || m.forms.size() != 2 ||
                m.forms.contains(QString()))
                problems << m.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every message is a whole sentence, label or line that a translator can word as a unit:
    // none is a piece meant to be glued onto another (", encrypted", "; %1 free", "<br>• …",
    // " — an image is being made") and none glues two values together ("%7%8"), because the
    // other language's word order and punctuation cannot follow such pieces.
    void sourceMessagesAreWholeSentences()
    {
        // Starts with white space, a separator or a line break: the tail of another message.
        static const QRegularExpression fragmentStart(
            QStringLiteral("^(\\s|[,;:.)\\]\u2014\u2013\u00b7]|<br)"));
        static const QRegularExpression gluedValues(QStringLiteral("%(n|L?\\d{1,2})%(n|L?\\d)"));
        static const QRegularExpression fragmentEnd(QStringLiteral("\\s$"));
        QStringList problems;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("zh_CN")));
        QVERIFY(messages.size() > 100);
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (fragmentStart.match(m.source).hasMatch())
                problems << QStringLiteral("starts as a fragment: ") + m.where();
            if (fragmentEnd.match(m.source).hasMatch())
                problems << QStringLiteral("ends as a fragment: ") + m.where();
            if (gluedValues.match(m.source).hasMatch())
                problems << QStringLiteral("glues two values together: ") + m.where();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("Translate whole sentences (one message per variant, "
                                           "%n for counts):\n") +
                            problems.join(QLatin1Char('\n'))));
    }

    // A tr() added to the sources without `cmake --build build --target update_translations`
    // has no translation: lupdate over the same folders finds it.
    void catalogueCoversEverySourceMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("none")};
        for (const char *folder :
             {"core", "protocol", "simulator", "backend", "models", "ui", "app"})
            arguments << Sources + QLatin1Char('/') + QLatin1String(folder);
        arguments << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(IMPRINT_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QSet<QString> translated;
        for (const Message &m : readCatalogue(catalogue(QStringLiteral("zh_CN"))))
            if (m.type.isEmpty())
                translated.insert(m.key());
        QStringList missing;
        const QList<Message> inSources = readCatalogue(fresh);
        QVERIFY(inSources.size() > 100);
        for (const Message &m : inSources)
            if (!translated.contains(m.key()))
                missing << m.where();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Not in translations/imprint_zh_CN.ts (run the "
                                           "update_translations target and translate):\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    // The catalogue's contexts are the ones the code asks for at run time: a string from each
    // kind of class (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS) comes out in Chinese.
    void chineseReachesTheCode()
    {
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(productDisplayName(Product::Lighthouse), QStringLiteral("腾讯云轻量应用服务器"));
        // Regions and zones as the providers' Chinese consoles name them; unknown ones as given.
        QCOMPARE(placeName(QStringLiteral("South China (Guangzhou)")),
                 QStringLiteral("华南地区（广州）"));
        QCOMPARE(placeName(QStringLiteral("North China Two Zone B")),
                 QStringLiteral("华北二 可用区B"));
        QCOMPARE(placeName(QStringLiteral("Mars (Olympus Mons)")),
                 QStringLiteral("Mars (Olympus Mons)"));
        // The registry of remote kinds (app/) names its kinds in context RemoteKinds.
        QCOMPARE(QCoreApplication::translate("RemoteKinds", "Tencent Cloud"),
                 QStringLiteral("腾讯云"));
        QVERIFY(ConnectionChoice::endpointProblem(QStringLiteral("ftp://x"))
                    .contains(QStringLiteral("不是")));
        // Classes with Q_DECLARE_TR_FUNCTIONS, and the derived policies with their own context.
        QCOMPARE(ProductPolicy::forProduct(Product::Lighthouse).descriptionLabel(),
                 QStringLiteral("描述"));
        QVERIFY(!ProductPolicy::forProduct(Product::Ecs).creationGuidance(OsType::Linux).isEmpty());
        QCOMPARE(ProductPolicy::forProduct(Product::Ecs).creationGuidance(OsType::Linux).first(),
                 QStringLiteral("删除实例中的所有机密数据。"));
        const ActionAvailability availability(
            [](Product product, const QString &) -> const ProductPolicy & {
                return ProductPolicy::forProduct(product);
            },
            [](Product, const QString &) { return ImageQuota(); }, Account());
        QCOMPARE(availability.createImage({}).reason,
                 QStringLiteral("请在“实例”标签页中选择要制作镜像的实例。"));
        // Qt's own buttons too (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
