#pragma once

// What a backend announced while an integration test ran, in order: every operation update and
// every image changed or removed. Shared by the tests of every cloud's client.

#include "backend.h"

#include <QList>
#include <QObject>
#include <QStringList>

class BackendRecorder
{
public:
    explicit BackendRecorder(imprint::Backend &backend)
    {
        using imprint::Backend;
        QObject::connect(&backend, &Backend::operationsChanged, &m_context,
                         [this](const QList<imprint::Operation> &batch) { operations << batch; });
        QObject::connect(&backend, &Backend::imagesChanged, &m_context,
                         [this](const QList<imprint::Image> &batch) { imageChanges << batch; });
        QObject::connect(&backend, &Backend::imagesRemoved, &m_context,
                         [this](const QStringList &ids) { removed << ids; });
    }

    // The latest state announced for an operation; a default Operation (Running) before any.
    imprint::Operation lastOf(const QString &id) const
    {
        for (qsizetype n = operations.size() - 1; n >= 0; --n)
            if (operations.at(n).id == id)
                return operations.at(n);
        return {};
    }

    // Every progress value announced for an operation, in order.
    QList<int> progressOf(const QString &id) const
    {
        QList<int> values;
        for (const imprint::Operation &op : operations)
            if (op.id == id)
                values << op.progress;
        return values;
    }

    QList<imprint::Operation> operations;
    QList<imprint::Image> imageChanges;
    QStringList removed;

private:
    QObject m_context; // disconnects everything when the recorder goes
};
