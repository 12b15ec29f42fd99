#include "credentialstore.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

template <typename T> T await(QFuture<T> future, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return T(Error(ErrorCode::Timeout, s("test: the keyring never answered (a hang)")));
    return future.result();
}

} // namespace

// Where the API key comes from: the environment as the official tools read it, or the system
// keyring - never a plain-text file.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void readsTheEnvironmentTheOfficialToolsUse()
    {
        QProcessEnvironment env;
        QVERIFY(!CredentialStore::fromEnvironment(env));
        env.insert(s("TENCENTCLOUD_SECRET_ID"), s("AKIDenv"));
        QVERIFY(!CredentialStore::fromEnvironment(env)); // a key pair needs both halves
        env.insert(s("TENCENTCLOUD_SECRET_KEY"), s(" keyFromEnv \n"));
        std::optional<Credentials> c = CredentialStore::fromEnvironment(env);
        QVERIFY(c);
        QCOMPARE(c->secretId, s("AKIDenv"));
        QCOMPARE(c->secretKey, s("keyFromEnv"));
        QVERIFY(c->token.isEmpty());
        env.insert(s("TENCENTCLOUD_SESSION_TOKEN"), s("sts-token"));
        QCOMPARE(CredentialStore::fromEnvironment(env)->token, s("sts-token"));
        env.insert(s("TENCENTCLOUD_SECRET_KEY"), s("   "));
        QVERIFY(!CredentialStore::fromEnvironment(env));
    }

    void refusesAnIncompleteKeyWithoutTouchingTheKeyring()
    {
        CredentialStore store;
        const Status written = await(store.write({s("AKIDonly"), {}, {}}));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    }

    void keyringRoundTripOrAClearRefusal()
    {
        // A throw-away entry, so that a developer's saved key is never touched.
        CredentialStore store(s("imprint-test-") + QUuid::createUuid().toString(QUuid::Id128));
        const Credentials key{s("AKIDkeyring"), s("keyringSecret"), s("token")};
        const Status written = await(store.write(key));
        if (!written.ok()) {
            // No keyring here (a headless test machine): the refusal says what to do instead,
            // and nothing fell back to a plain-text file.
            QVERIFY2(written.error().code == ErrorCode::Unsupported ||
                         written.error().code == ErrorCode::StorageFailure,
                     qPrintable(written.error().message));
            QVERIFY2(written.error().message.contains(s("TENCENTCLOUD_SECRET_ID")),
                     qPrintable(written.error().message));
            QVERIFY(!written.error().message.contains(s("keyringSecret")));
            const Result<Credentials> read = await(store.read());
            QVERIFY(!read.ok());
            QSKIP(qPrintable(s("No usable system keyring: ") + written.error().message));
        }
        const Result<Credentials> read = await(store.read());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->secretId, key.secretId);
        QCOMPARE(read->secretKey, key.secretKey);
        QCOMPARE(read->token, key.token);
        QVERIFY(await(store.remove()).ok());
        const Result<Credentials> gone = await(store.read());
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(await(store.remove()).ok()); // removing what is not there is fine
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
