// The copy dialog over two accounts of one cloud (issue 17: a copy stays within its account):
// a UHost image's target projects are those of its own account, never those of the first
// account with UHost, and an account whose projects cannot be read leaves Copy disabled with
// the reason - over a real CompositeBackend of two FakeBackends.

#include "awaitfuture.h"
#include "compositebackend.h"
#include "copyimagedialog.h"
#include "fakebackend.h"
#include "scopedid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QtTest>

using namespace imprint;

namespace {

QString s(const char *text)
{
    return QLatin1String(text);
}

QFuture<Status> ready()
{
    QPromise<Status> promise;
    promise.start();
    promise.addResult(Status());
    promise.finish();
    return promise.future();
}

QStringList items(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

} // namespace

class TestCopyImageDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompositeBackend> m_composite;
    FakeBackend *m_company = nullptr;
    FakeBackend *m_client = nullptr;

    // The client's (second account's) UHost image, as the window holds it: scoped.
    Image clientImage()
    {
        const QList<Image> images = await(m_composite->fetchImages({})).value();
        for (const Image &image : images)
            if (ScopedId::scopeOf(image.id) == s("a2"))
                return image;
        return {};
    }

    QList<Region> regionsOf(const QString &scope)
    {
        QList<Region> regions;
        for (const Region &region : await(m_composite->fetchRegions()).value())
            if (ScopedId::scopeOf(region.id) == scope)
                regions << region;
        return regions;
    }

private slots:
    void init()
    {
        // Two UCloud accounts with the same regions and image ids, and projects of their own.
        m_composite = std::make_unique<CompositeBackend>();
        m_company = m_client = nullptr;
        for (const char *id : {"a1", "a2"}) {
            auto fake = std::make_unique<FakeBackend>();
            fake->productList = {Product::UHost};
            fake->regions = {makeRegion(Product::UHost, s("cn-bj2"), s("North China Two")),
                             makeRegion(Product::UHost, s("cn-sh2"), s("Shanghai Two"))};
            Image image = makeImage(s("uimage-1"), s("web"), Product::UHost, s("cn-bj2"));
            image.projectId = s("org-%1").arg(QLatin1String(id));
            fake->images = {image};
            fake->projects = {s("Default"), image.projectId};
            if (!m_company)
                m_company = fake.get();
            else
                m_client = fake.get();
            m_composite->addAccount(QLatin1String(id), s("Account %1").arg(QLatin1String(id)),
                                    std::move(fake), ready());
        }
        QVERIFY(await(m_composite->ready()).ok());
    }

    void cleanup() { m_composite.reset(); }

    void listsTheProjectsOfTheImagesOwnAccount()
    {
        const Image image = clientImage();
        QVERIFY(!image.id.isEmpty());
        CopyImageDialog dialog(m_composite.get(), image, regionsOf(s("a2")), {});
        auto *project = dialog.findChild<QComboBox *>(s("targetProject"));
        QVERIFY(project);
        QTRY_VERIFY(project->isEnabled());
        QCOMPARE(items(project), m_client->projects);
        QCOMPARE(project->currentText(), s("org-a2")); // where the image is
        QVERIFY(m_company->projectsAskedFor.isEmpty());
        QCOMPARE(m_client->projectsAskedFor, QStringList{s("cn-bj2")});

        // Another project of the same account, in the image's own region: what is sent goes to
        // that account, with the project as the account names it.
        project->setCurrentText(s("Default"));
        auto *region = dialog.findChild<QComboBox *>(s("targetRegion"));
        region->setCurrentIndex(region->findData(image.regionId));
        const CopyImageRequest request = dialog.request();
        QCOMPARE(request.imageId, image.id);
        QCOMPARE(ScopedId::scopeOf(request.targetRegionId), s("a2"));
        QCOMPARE(request.targetProjectId, s("Default"));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void projectsThatCannotBeReadLeaveCopyDisabled()
    {
        const Image image = clientImage();
        const QList<Region> regions = regionsOf(s("a2"));
        const QString why = s("Connection refused by 127.0.0.1:9.");
        m_client->fetchError = Error(ErrorCode::Network, why);
        CopyImageDialog dialog(m_composite.get(), image, regions, {});
        auto *submitError = dialog.findChild<QLabel *>(s("submitError"));
        QTRY_VERIFY2(submitError->text().endsWith(why), qPrintable(submitError->text()));
        QVERIFY(submitError->text().contains(s("projects")));
        QVERIFY(!submitError->isHidden());
        auto *project = dialog.findChild<QComboBox *>(s("targetProject"));
        QVERIFY(!project->isEnabled());
        QCOMPARE(project->count(), 0);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(m_company->projectsAskedFor.isEmpty()); // never the other account's instead
    }
};

QTEST_MAIN(TestCopyImageDialog)
#include "tst_copyimagedialog.moc"
