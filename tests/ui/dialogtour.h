#pragma once

// Opens each dialog that is not a wizard - Copy, Edit, an ItemListDialog (as the delete box
// uses it) and the store-problem dialog - on the demo world and calls back with it shown: the
// accessibility and tab-order tests check each the same way.

#include "copyimagedialog.h"
#include "editimagedialog.h"
#include "itemlistdialog.h"
#include "simfixture.h"
#include "storeproblemdialog.h"

#include <QtTest>

#include <functional>

namespace imprint::DialogTour {

using DialogVisitor = std::function<void(QDialog &dialog, const QString &name)>;

inline void show(QDialog &dialog, const QString &name, const DialogVisitor &visit)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        QTest::qFail(qPrintable(name + QStringLiteral(" was not shown")), __FILE__, __LINE__);
    QCoreApplication::processEvents();
    visit(dialog, name);
    dialog.reject();
}

// Returns how many dialogs were visited.
inline int walkAll(SimFixture &sim, const DialogVisitor &visit)
{
    int visited = 0;
    const QList<Region> allRegions = SimFixture::wait(sim.backend->fetchRegions()).value();
    // Copy and Edit, for an image of each product the demo world has.
    for (Product product : {Product::Lighthouse, Product::Cvm, Product::UHost, Product::Ecs}) {
        const Image image = sim.findImage([product](const Image &i) {
            return i.product == product && i.state == ImageState::Available;
        });
        if (image.id.isEmpty())
            continue;
        QList<Region> regions;
        for (const Region &r : allRegions)
            if (r.product == product)
                regions << r;
        const QString key = productKey(product);
        CopyImageDialog copy(sim.backend.get(), image, regions, {});
        show(copy, QStringLiteral("copy-") + key, visit);
        EditImageDialog edit(sim.backend.get(), image, {image.name});
        show(edit, QStringLiteral("edit-") + key, visit);
        visited += 2;
    }
    ItemListDialog list(QMessageBox::Warning, QStringLiteral("Delete 3 Images"),
                        QStringLiteral("Delete these 3 custom images?"));
    list.addList(QStringLiteral("These images will be deleted:"),
                 {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                 QStringLiteral("deletedImages"));
    list.setNote(QStringLiteral("This cannot be undone."));
    list.addButton(QStringLiteral("Delete"), QDialogButtonBox::AcceptRole);
    list.setDefaultButton(list.addButton(QDialogButtonBox::Cancel));
    show(list, QStringLiteral("item-list"), visit);
    StoreProblemDialog problem(
        QStringLiteral("The simulator's store cannot be read. Nothing has been written to it."),
        {{0, QStringLiteral("Keep it and quit"), QStringLiteral("Nothing changes.")},
         {1, QStringLiteral("Try SQLite's recovery"), QStringLiteral("The original is kept.")}});
    show(problem, QStringLiteral("store-problem"), visit);
    return visited + 2;
}

} // namespace imprint::DialogTour
