// The signing-key cache gives the key Tc3Signer's HMAC chain gives, for every secret, date and
// service, also after any of them changes and after it was full.

#include "tc3signer.h"
#include "tc3signingkeycache.h"

#include <QTest>

using namespace imprint;

namespace {

QByteArray chain(const QString &secret, const QByteArray &date, const QByteArray &service)
{
    return Tc3Signer::signingKeys(secret, date, service).secretSigning;
}

} // namespace

class TestTc3SigningKeyCache : public QObject
{
    Q_OBJECT

private slots:
    void givesTheChainsKey();
    void aNewDateSecretOrServiceIsANewKey();
    void staysBoundedAndCorrectWhenFull();
};

void TestTc3SigningKeyCache::givesTheChainsKey()
{
    Tc3SigningKeyCache cache;
    const QString secret = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
    const QByteArray key = cache.secretSigning(secret, "2019-02-25", "cvm");
    QCOMPARE(key, chain(secret, "2019-02-25", "cvm"));
    QCOMPARE(key.size(), 32);
    QCOMPARE(cache.secretSigning(secret, "2019-02-25", "cvm"), key);
    QCOMPARE(cache.size(), 1); // the second time was the cached key
}

void TestTc3SigningKeyCache::aNewDateSecretOrServiceIsANewKey()
{
    Tc3SigningKeyCache cache;
    const QString secret = QStringLiteral("secret-a");
    const QByteArray today = cache.secretSigning(secret, "2026-12-03", "cvm");

    const QByteArray tomorrow = cache.secretSigning(secret, "2026-12-04", "cvm");
    QVERIFY(tomorrow != today);
    QCOMPARE(tomorrow, chain(secret, "2026-12-04", "cvm"));

    // The key pair was changed (--secret-key on a restart, or a second accepted pair).
    const QByteArray rotated = cache.secretSigning(QStringLiteral("secret-b"), "2026-12-03", "cvm");
    QVERIFY(rotated != today);
    QCOMPARE(rotated, chain(QStringLiteral("secret-b"), "2026-12-03", "cvm"));

    const QByteArray lighthouse = cache.secretSigning(secret, "2026-12-03", "lighthouse");
    QVERIFY(lighthouse != today);
    QCOMPARE(lighthouse, chain(secret, "2026-12-03", "lighthouse"));

    // The first key is still the right one for its own inputs.
    QCOMPARE(cache.secretSigning(secret, "2026-12-03", "cvm"), today);
}

void TestTc3SigningKeyCache::staysBoundedAndCorrectWhenFull()
{
    Tc3SigningKeyCache cache;
    const QString secret = QStringLiteral("secret");
    for (int day = 1; day <= 3 * Tc3SigningKeyCache::capacity; ++day) {
        const QByteArray date =
            QStringLiteral("2026-01-%1").arg(day, 2, 10, QLatin1Char('0')).toLatin1();
        QCOMPARE(cache.secretSigning(secret, date, "cvm"), chain(secret, date, "cvm"));
        QVERIFY(cache.size() <= Tc3SigningKeyCache::capacity);
    }
    QCOMPARE(cache.size(), Tc3SigningKeyCache::capacity);
    // An evicted date is derived again, correctly.
    QCOMPARE(cache.secretSigning(secret, "2026-01-01", "cvm"), chain(secret, "2026-01-01", "cvm"));
}

QTEST_GUILESS_MAIN(TestTc3SigningKeyCache)
#include "tst_tc3signingkeycache.moc"
