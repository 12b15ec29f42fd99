#pragma once

// What every fuzz target shares: one simulated cloud (a demo world in a temporary folder, a
// clock that does not move), the key pair its gateways accept, and the input's split into an
// action and the bytes that follow it.

#include "clock.h"
#include "credentials.h"
#include "httprequestreader.h"
#include "simulatorengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace imprint::fuzz {

inline Credentials key()
{
    return Credentials{QStringLiteral("AKIDfuzz"), QStringLiteral("fuzz-secret"), {}};
}

// Fixed instant, so that a crash reproduces from its input alone.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
}

inline SimulatorEngine &engine()
{
    static int argc = 1;
    static char name[] = "imprint-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static ManualClock clock{now()};
    static std::unique_ptr<SimulatorEngine> world = [] {
        auto e = std::make_unique<SimulatorEngine>(&clock);
        SimulatorEngine::Options options;
        options.databasePath = dir.filePath(QStringLiteral("simulator.sqlite"));
        options.backupIntervalSeconds = 3600;
        if (!e->open(options).ok())
            std::abort();
        return e;
    }();
    return *world;
}

// When each request is signed: ten minutes on every thousand requests, so that the replay guard
// forgets what it remembered instead of filling up in a long run. A single input (a crash
// being reproduced) is always signed at now().
inline QDateTime signingTime()
{
    static qint64 calls = 0;
    return now().addSecs((calls++ / 1000) * 600);
}

// "Action\nrest": the action names what to call, the rest is the request's own bytes.
struct Input
{
    QByteArray action;
    QByteArray rest;
};

inline Input split(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = all.indexOf('\n');
    if (newline < 0)
        return {all, {}};
    return {all.left(newline), all.mid(newline + 1)};
}

// The raw bytes through imprint-sim's HTTP/1.1 reader as well: its limits and grammar are the
// first thing any request meets.
inline void readHttp(const uint8_t *data, size_t size)
{
    HttpRequestReader reader;
    reader.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    while (reader.state() == HttpRequestReader::State::Complete) {
        bool keepAlive = false;
        reader.takeRequest(&keepAlive);
        reader.feed({});
    }
}

} // namespace imprint::fuzz
