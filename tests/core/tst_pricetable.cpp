// PriceTable: exact decimal parsing into fen, the shipped resources/prices.json (embedded in the
// static core library), per-region overrides, and validation errors that name the bad field.
// Hand-worked figures: Lighthouse 0.01 CNY per extra image-hour = 1 fen/h = 720 fen a month;
// ECS snapshot storage 0.12 CNY/GB-month = 12 fen with 5 GiB free, 0.14 in international regions.

#include "costestimator.h"
#include "instancetypecatalog.h"
#include "pricetable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;

namespace {

QJsonObject shippedJson()
{
    QFile file(PriceTable::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets (or, with an undefined value, removes) the value at a dotted path of keys.
QJsonObject withValue(QJsonObject object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, withValue(object.value(key).toObject(), path, value));
    return object;
}

QByteArray jsonWith(const QStringList &path, const QJsonValue &value)
{
    return QJsonDocument(withValue(shippedJson(), path, value)).toJson();
}

QJsonObject money(const char *cny, const char *source = "simulated list price")
{
    return QJsonObject{{QStringLiteral("cny"), QString::fromLatin1(cny)},
                       {QStringLiteral("source"), QString::fromLatin1(source)}};
}

Image ecsImage(const QString &id, const QString &regionId, int systemGiB)
{
    Image image;
    image.id = id;
    image.product = Product::Ecs;
    image.regionId = regionId;
    image.state = ImageState::Available;
    image.systemDiskGiB = systemGiB;
    image.systemSnapshotId = QStringLiteral("s-") + id;
    return image;
}

QList<Image> lighthouseImages(int count)
{
    QList<Image> images;
    for (int i = 0; i < count; ++i) {
        Image image;
        image.id = QStringLiteral("lhbp-%1").arg(i);
        image.product = Product::Lighthouse;
        image.regionId = QStringLiteral("ap-guangzhou");
        image.state = ImageState::Available;
        images.append(image);
    }
    return images;
}

} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT

private slots:
    void parseFenAccepts_data();
    void parseFenAccepts();
    void parseFenRefuses_data();
    void parseFenRefuses();
    void fenToDecimalRoundTrips();

    void builtInLoadsFromTheStaticLibrary();
    void builtInPriceListsPerProduct();
    void regionOverrideReplacesOnlyItsFigures();
    void regionalCostHandWorked();
    void lighthouseFreeTierBoundaryFromTable();
    void instanceTypesMatchTheCatalog();
    void everyFigureNamesItsSource();
    void fromPriceListMatchesSimulatedListPrices();
    void fromFileReadsAndReportsMissingFile();

    void validationNamesTheBadField_data();
    void validationNamesTheBadField();
};

void TestPriceTable::parseFenAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("ecs snapshot") << QStringLiteral("0.12") << qint64(12);
    QTest::newRow("one decimal") << QStringLiteral("7.2") << qint64(720);
    QTest::newRow("two decimals") << QStringLiteral("7.20") << qint64(720);
    QTest::newRow("whole yuan") << QStringLiteral("34") << qint64(3400);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007.05") << qint64(705);
    QTest::newRow("negative") << QStringLiteral("-3.10") << qint64(-310);
    QTest::newRow("largest") << QStringLiteral("9999999999999.99") << qint64(999999999999999);
    // 0.29 and 0.57 are the classic floating-point traps (0.29 * 100 = 28.999...).
    QTest::newRow("no float trap 0.29") << QStringLiteral("0.29") << qint64(29);
    QTest::newRow("no float trap 0.57") << QStringLiteral("0.57") << qint64(57);
    QTest::newRow("no float trap 1.15") << QStringLiteral("1.15") << qint64(115);
}

void TestPriceTable::parseFenAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    qint64 parsed = -12345;
    QString error;
    QVERIFY2(PriceTable::parseFen(text, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, fen);
}

void TestPriceTable::parseFenRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QString() << QStringLiteral("is empty");
    QTest::newRow("old lighthouse price")
        << QStringLiteral("0.008") << QStringLiteral("more than two decimals");
    QTest::newRow("three zero decimals")
        << QStringLiteral("1.000") << QStringLiteral("more than two decimals");
    QTest::newRow("no integer part") << QStringLiteral(".5") << QStringLiteral("not a decimal");
    QTest::newRow("dangling point") << QStringLiteral("5.") << QStringLiteral("not a decimal");
    QTest::newRow("grouping") << QStringLiteral("1,000") << QStringLiteral("not a decimal");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("not a decimal");
    QTest::newRow("space") << QStringLiteral(" 1") << QStringLiteral("not a decimal");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("not a decimal");
    QTest::newRow("minus only") << QStringLiteral("-") << QStringLiteral("not a decimal");
    QTest::newRow("fullwidth digit") << QStringLiteral("\uff11") << QStringLiteral("not a decimal");
    QTest::newRow("currency sign") << QStringLiteral("\u00a51") << QStringLiteral("not a decimal");
    QTest::newRow("too large") << QStringLiteral("10000000000000") << QStringLiteral("too large");
}

void TestPriceTable::parseFenRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    qint64 parsed = 42;
    QString error;
    QVERIFY(!PriceTable::parseFen(text, &parsed, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QCOMPARE(parsed, qint64(42)); // untouched
}

void TestPriceTable::fenToDecimalRoundTrips()
{
    QCOMPARE(PriceTable::fenToDecimal(720), QStringLiteral("7.20"));
    QCOMPARE(PriceTable::fenToDecimal(5), QStringLiteral("0.05"));
    QCOMPARE(PriceTable::fenToDecimal(-310), QStringLiteral("-3.10"));
    QCOMPARE(PriceTable::fenToDecimal(0), QStringLiteral("0.00"));
    for (qint64 fen : {qint64(1), qint64(12), qint64(99), qint64(100), qint64(123456789)}) {
        qint64 back = 0;
        QVERIFY(PriceTable::parseFen(PriceTable::fenToDecimal(fen), &back));
        QCOMPARE(back, fen);
    }
}

void TestPriceTable::builtInLoadsFromTheStaticLibrary()
{
    // qt_add_resources on the static imprint_core links the resource as an object file, so it
    // is registered without Q_INIT_RESOURCE.
    QVERIFY(QFile::exists(PriceTable::builtInPath()));
    const Result<PriceTable> loaded = PriceTable::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(!loaded->isEmpty());
    QCOMPARE(loaded->currency(), QStringLiteral("CNY"));
    QVERIFY(!PriceTable::builtIn().isEmpty());
}

void TestPriceTable::builtInPriceListsPerProduct()
{
    const PriceTable &table = PriceTable::builtIn();

    const PriceList lighthouse =
        table.priceList(Product::Lighthouse, QStringLiteral("ap-guangzhou"));
    QCOMPARE(lighthouse.lighthouseExtraImageFenPerHour, qint64(1));
    QCOMPARE(lighthouse.lighthouseExtraImageFenPerMonth(), qint64(720));
    QCOMPARE(lighthouse.snapshotFenPerGbMonth, qint64(0)); // not a Lighthouse item

    const PriceList ecs = table.priceList(Product::Ecs, QStringLiteral("cn-hangzhou"));
    QCOMPARE(ecs.snapshotFenPerGbMonth, qint64(12));
    QCOMPARE(ecs.freeSnapshotGiB(Product::Ecs), 5);
    QCOMPARE(ecs.lighthouseExtraImageFenPerHour, qint64(0));

    const PriceList cvm = table.priceList(Product::Cvm, QStringLiteral("ap-guangzhou"));
    QCOMPARE(cvm.snapshotFenPerGbMonth, qint64(12));
    QCOMPARE(cvm.freeSnapshotGiB(Product::Cvm), 0);

    const PriceList uhost = table.priceList(Product::UHost, QStringLiteral("cn-bj2"));
    QCOMPARE(uhost.snapshotFenPerGbMonth, qint64(12));
    QCOMPARE(uhost.freeSnapshotGiB(Product::UHost), 0);

    // A region without an entry gets the product's figures.
    QCOMPARE(table.priceList(Product::Ecs, QStringLiteral("no-such-region")), ecs);
}

void TestPriceTable::regionOverrideReplacesOnlyItsFigures()
{
    const PriceTable &table = PriceTable::builtIn();
    QCOMPARE(table.regionsWithOverrides(Product::Ecs),
             (QStringList{QStringLiteral("ap-southeast-1"), QStringLiteral("cn-hongkong")}));
    QVERIFY(table.regionsWithOverrides(Product::Lighthouse).isEmpty());

    const PriceList hongKong = table.priceList(Product::Ecs, QStringLiteral("cn-hongkong"));
    QCOMPARE(hongKong.snapshotFenPerGbMonth, qint64(14)); // USD 0.02 x 7.2, rounded down
    QCOMPARE(hongKong.ecsFreeSnapshotGiB, 5);             // not overridden: the product's
    QVERIFY(table.figure(Product::Ecs, QStringLiteral("cn-hongkong"), PriceItem::SnapshotPerGbMonth)
                .isSimulated());
    QVERIFY(
        !table.figure(Product::Ecs, QStringLiteral("cn-hangzhou"), PriceItem::SnapshotPerGbMonth)
             .isSimulated());
    QCOMPARE(table.instanceTypeMonthlyFen(Product::Ecs, QStringLiteral("cn-hongkong")),
             table.instanceTypeMonthlyFen(Product::Ecs, QStringLiteral("cn-hangzhou")));
}

void TestPriceTable::regionalCostHandWorked()
{
    // Two ECS images backed by 20 and 40 GiB snapshots: 60 GiB - 5 free = 55 GiB billed.
    // Hangzhou 55 x 12 = 660 fen; Hong Kong 55 x 14 = 770 fen.
    const PriceTable &table = PriceTable::builtIn();
    const QString hz = QStringLiteral("cn-hangzhou");
    const QString hk = QStringLiteral("cn-hongkong");
    const CostEstimator hangzhou(table.priceList(Product::Ecs, hz));
    const CostEstimator hongKong(table.priceList(Product::Ecs, hk));
    QCOMPARE(hangzhou.regionMonthlyFen(Product::Ecs, {ecsImage(QStringLiteral("a"), hz, 20),
                                                      ecsImage(QStringLiteral("b"), hz, 40)}),
             qint64(660));
    QCOMPARE(hongKong.regionMonthlyFen(Product::Ecs, {ecsImage(QStringLiteral("a"), hk, 20),
                                                      ecsImage(QStringLiteral("b"), hk, 40)}),
             qint64(770));
    QCOMPARE(CostEstimator::formatFen(770), QStringLiteral("\u00a57.70"));
    // Exactly the free allowance costs nothing.
    QCOMPARE(hangzhou.regionMonthlyFen(Product::Ecs, {ecsImage(QStringLiteral("a"), hz, 5)}),
             qint64(0));
    QCOMPARE(
        CostEstimator::regionSnapshotGiB(Product::Ecs, {ecsImage(QStringLiteral("a"), hz, 20),
                                                        ecsImage(QStringLiteral("b"), hz, 40)}),
        qint64(60));
}

void TestPriceTable::lighthouseFreeTierBoundaryFromTable()
{
    const CostEstimator estimator(
        PriceTable::builtIn().priceList(Product::Lighthouse, QStringLiteral("ap-guangzhou")));
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, lighthouseImages(5)), qint64(0));
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, lighthouseImages(6)), qint64(720));
    QCOMPARE(estimator.regionMonthlyFen(Product::Lighthouse, lighthouseImages(8)), qint64(2160));
}

void TestPriceTable::instanceTypesMatchTheCatalog()
{
    // The shipped prices and the catalog the simulator bills by agree, type for type.
    for (Product product : allProducts()) {
        const QList<InstanceType> catalog = InstanceTypeCatalog::forProduct(product);
        const QMap<QString, qint64> prices =
            PriceTable::builtIn().instanceTypeMonthlyFen(product, QString());
        QCOMPARE(prices.size(), catalog.size());
        for (const InstanceType &type : catalog)
            QCOMPARE(prices.value(type.id, -1), type.monthlyPriceFen);
        const QList<InstanceType> priced = PriceTable::builtIn().instanceTypes(product, {});
        QCOMPARE(priced.size(), catalog.size());
        QCOMPARE(priced.first().id, catalog.first().id);
    }
    QCOMPARE(
        PriceTable::builtIn()
            .figure(Product::Cvm, {}, PriceItem::InstanceTypePerMonth, QStringLiteral("S5.MEDIUM4"))
            .value,
        qint64(13500));
}

void TestPriceTable::everyFigureNamesItsSource()
{
    const PriceTable &table = PriceTable::builtIn();
    for (Product product : allProducts()) {
        for (PriceItem item : PriceTable::itemsOf(product)) {
            const PriceFigure figure = table.figure(product, {}, item);
            QVERIFY(figure.present);
            QVERIFY2(!figure.source.isEmpty(), qPrintable(PriceTable::itemKey(item)));
        }
        for (const InstanceType &type : InstanceTypeCatalog::forProduct(product))
            QVERIFY(
                table.figure(product, {}, PriceItem::InstanceTypePerMonth, type.id).isSimulated());
    }
    // Cited seeds keep their citation; figures without a published source say so.
    QVERIFY(table.figure(Product::Lighthouse, {}, PriceItem::ExtraImagePerHour)
                .source.contains(QStringLiteral("cloud.tencent.com")));
    QVERIFY(table.figure(Product::Ecs, {}, PriceItem::FreeSnapshotGiB)
                .source.contains(QStringLiteral("Snapshots.md")));
    QVERIFY(table.isSimulated(Product::Cvm, {}));
    QVERIFY(table.isSimulated(Product::UHost, {}));
    QVERIFY(!table.isSimulated(Product::Lighthouse, {}));
    QVERIFY(!table.isSimulated(Product::Ecs, QStringLiteral("cn-hongkong"))); // free GiB is cited
    QCOMPARE(table.sources(Product::Cvm, {}), QStringList{PriceTable::simulatedSource()});
}

void TestPriceTable::fromPriceListMatchesSimulatedListPrices()
{
    // The shipped figures are the seeds PriceList::simulatedListPrices() holds.
    const PriceList seeds = PriceList::simulatedListPrices();
    const PriceTable fallback = PriceTable::fromPriceList(seeds);
    for (Product product : allProducts()) {
        const QString region = QStringLiteral("anywhere");
        QCOMPARE(fallback.priceList(product, region),
                 PriceTable::builtIn().priceList(product, region));
        QCOMPARE(fallback.instanceTypeMonthlyFen(product, region),
                 PriceTable::builtIn().instanceTypeMonthlyFen(product, region));
    }
    QVERIFY(fallback.isSimulated(Product::Lighthouse, {}));
}

void TestPriceTable::fromFileReadsAndReportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("prices.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jsonWith({QStringLiteral("products"), QStringLiteral("lighthouse"),
                         QStringLiteral("extraImagePerHour")},
                        money("0.02")));
    file.close();
    const Result<PriceTable> loaded = PriceTable::fromFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->priceList(Product::Lighthouse, {}).lighthouseExtraImageFenPerMonth(),
             qint64(1440));

    const Result<PriceTable> missing = PriceTable::fromFile(dir.filePath(QStringLiteral("none")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(dir.filePath(QStringLiteral("none"))));
}

void TestPriceTable::validationNamesTheBadField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString p = QStringLiteral("products");
    const QString lh = QStringLiteral("lighthouse");
    const QString ecs = QStringLiteral("ecs");
    const QString cvm = QStringLiteral("cvm");
    const QString types = QStringLiteral("instanceTypesPerMonth");
    const QString snap = QStringLiteral("snapshotPerGbMonth");

    QTest::newRow("not json") << QByteArray("{ \"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be an object");
    QTest::newRow("format") << jsonWith({QStringLiteral("format")}, QStringLiteral("v2"))
                            << QStringLiteral("format: \"v2\" is not supported");
    QTest::newRow("currency") << jsonWith({QStringLiteral("currency")}, QStringLiteral("USD"))
                              << QStringLiteral("currency: \"USD\" is not supported");
    QTest::newRow("unknown top-level key")
        << jsonWith({QStringLiteral("prices")}, 1) << QStringLiteral("t.json: prices: unknown key");
    QTest::newRow("missing products")
        << jsonWith({p}, QJsonValue::Undefined) << QStringLiteral("t.json: products: missing");
    QTest::newRow("missing product")
        << jsonWith({p, QStringLiteral("uhost")}, QJsonValue::Undefined)
        << QStringLiteral("products.uhost: missing");
    QTest::newRow("unknown product") << jsonWith({p, QStringLiteral("azure")}, QJsonObject())
                                     << QStringLiteral("products.azure: unknown key");
    QTest::newRow("number instead of string")
        << jsonWith({p, ecs, snap, QStringLiteral("cny")}, 0.12)
        << QStringLiteral("products.ecs.snapshotPerGbMonth.cny: must be a decimal string");
    QTest::newRow("three decimals")
        << jsonWith({p, lh, QStringLiteral("extraImagePerHour"), QStringLiteral("cny")},
                    QStringLiteral("0.008"))
        << QStringLiteral(
               "products.lighthouse.extraImagePerHour.cny: \"0.008\" has more than two decimals");
    QTest::newRow("negative") << jsonWith({p, cvm, snap, QStringLiteral("cny")},
                                          QStringLiteral("-0.12"))
                              << QStringLiteral("products.cvm.snapshotPerGbMonth.cny: \"-0.12\" is "
                                                "negative");
    QTest::newRow("missing cny") << jsonWith({p, cvm, snap, QStringLiteral("cny")},
                                             QJsonValue::Undefined)
                                 << QStringLiteral("products.cvm.snapshotPerGbMonth.cny: missing");
    QTest::newRow("missing source")
        << jsonWith({p, cvm, snap, QStringLiteral("source")}, QJsonValue::Undefined)
        << QStringLiteral("products.cvm.snapshotPerGbMonth.source: missing");
    QTest::newRow("empty source")
        << jsonWith({p, cvm, snap, QStringLiteral("source")}, QStringLiteral(" "))
        << QStringLiteral("products.cvm.snapshotPerGbMonth.source: must not be empty");
    QTest::newRow("typo in figure") << jsonWith({p, cvm, snap, QStringLiteral("yuan")}, 1)
                                    << QStringLiteral("products.cvm.snapshotPerGbMonth.yuan: "
                                                      "unknown key");
    QTest::newRow("item that does not apply")
        << jsonWith({p, ecs, QStringLiteral("extraImagePerHour")}, money("0.01"))
        << QStringLiteral("products.ecs.extraImagePerHour: does not apply: ECS bills custom "
                          "images through snapshot storage");
    QTest::newRow("free allowance for uhost")
        << jsonWith({p, QStringLiteral("uhost"), QStringLiteral("freeSnapshotGiB")},
                    QJsonObject{{QStringLiteral("gib"), 5},
                                {QStringLiteral("source"), QStringLiteral("x")}})
        << QStringLiteral("products.uhost.freeSnapshotGiB: does not apply");
    QTest::newRow("missing item") << jsonWith({p, ecs, QStringLiteral("freeSnapshotGiB")},
                                              QJsonValue::Undefined)
                                  << QStringLiteral("products.ecs.freeSnapshotGiB: missing");
    QTest::newRow("fractional gib")
        << jsonWith({p, ecs, QStringLiteral("freeSnapshotGiB"), QStringLiteral("gib")}, 2.5)
        << QStringLiteral("products.ecs.freeSnapshotGiB.gib: must be a whole number");
    QTest::newRow("gib as string")
        << jsonWith({p, ecs, QStringLiteral("freeSnapshotGiB"), QStringLiteral("gib")},
                    QStringLiteral("5"))
        << QStringLiteral("products.ecs.freeSnapshotGiB.gib: must be a whole number");
    QTest::newRow("missing instance type")
        << jsonWith({p, cvm, types, QStringLiteral("S5.SMALL1")}, QJsonValue::Undefined)
        << QStringLiteral("products.cvm.instanceTypesPerMonth.S5.SMALL1: missing");
    QTest::newRow("unknown instance type")
        << jsonWith({p, cvm, types, QStringLiteral("S9.HUGE")}, money("1.00"))
        << QStringLiteral("products.cvm.instanceTypesPerMonth.S9.HUGE: is not an instance type "
                          "of CVM");
    QTest::newRow("instance price with 3 decimals")
        << jsonWith({p, cvm, types, QStringLiteral("S5.SMALL1")}, money("45.001"))
        << QStringLiteral("products.cvm.instanceTypesPerMonth.S5.SMALL1.cny: \"45.001\"");
    QTest::newRow("region figure")
        << jsonWith({p, ecs, QStringLiteral("regions"), QStringLiteral("cn-hongkong"), snap,
                     QStringLiteral("cny")},
                    QStringLiteral("0,14"))
        << QStringLiteral("products.ecs.regions.cn-hongkong.snapshotPerGbMonth.cny: \"0,14\" is "
                          "not a decimal amount");
    QTest::newRow("regions inside a region")
        << jsonWith({p, ecs, QStringLiteral("regions"), QStringLiteral("cn-hongkong"),
                     QStringLiteral("regions")},
                    QJsonObject())
        << QStringLiteral("products.ecs.regions.cn-hongkong.regions: unknown key");
    QTest::newRow("region not an object")
        << jsonWith({p, ecs, QStringLiteral("regions"), QStringLiteral("cn-hongkong")}, 3)
        << QStringLiteral("products.ecs.regions.cn-hongkong: must be an object, not a number");
    QTest::newRow("note not a string") << jsonWith({p, cvm, QStringLiteral("note")}, 1)
                                       << QStringLiteral("products.cvm.note: must be a string");
}

void TestPriceTable::validationNamesTheBadField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QVERIFY(!shippedJson().isEmpty());
    const Result<PriceTable> table = PriceTable::fromJson(json, QStringLiteral("t.json"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(table.error().message.startsWith(QStringLiteral("t.json: ")),
             qPrintable(table.error().message));
    QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
