#pragma once

#include <QString>
#include <QStringView>

#include <cstring>

namespace imprint {

// Qt 6.4's qHash(QString) is SipHash unless Qt was built for AES: about 200 ns for a short id
// (measured), a fifth of a second per million lookups on the GUI thread. The ids and region
// names the models index come from our own backends, so the hot indexes use this instead: eight
// bytes at a time, multiply-mixed, with the high bits folded down for tables that mask the low
// ones (16 ns a lookup in a std::unordered_map).
inline quint64 fastStringHash(QStringView text) noexcept
{
    const char *bytes = reinterpret_cast<const char *>(text.utf16());
    size_t left = size_t(text.size()) * sizeof(char16_t);
    quint64 hash = 0x9e3779b97f4a7c15ull ^ left;
    for (; left >= 8; bytes += 8, left -= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        hash = (hash ^ word) * 0xff51afd7ed558ccdull;
        hash ^= hash >> 32;
    }
    quint64 tail = 0;
    if (left > 0) // a null QString's view has no data at all, and memcpy's source must be valid
        std::memcpy(&tail, bytes, left);
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ull;
    return hash ^ (hash >> 29);
}

// For std::unordered_map<QString, T, FastStringHash>.
struct FastStringHash
{
    size_t operator()(const QString &text) const noexcept { return size_t(fastStringHash(text)); }
};

} // namespace imprint
