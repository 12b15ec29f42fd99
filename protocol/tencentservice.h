#pragma once

#include "product.h"

#include <QList>
#include <QString>

#include <optional>

namespace imprint {

// One Tencent Cloud API 3.0 service Imprint speaks: its name (the Host's first label and the
// credential scope's service), its X-TC-Version and the product it serves.
struct TencentService
{
    Product product = Product::Cvm;
    QString name;    // "cvm", "lighthouse"
    QString version; // X-TC-Version: "2017-03-12", "2020-03-24"

    static constexpr const char *rootDomain = "tencentcloudapi.com";

    // "cvm.tencentcloudapi.com": the nearest-region endpoint the SDKs use by default.
    QString defaultHost() const;

    static QList<TencentService> all();
    static std::optional<TencentService> forProduct(Product product);
    static std::optional<TencentService> forName(const QString &name);

    // The service a Host header names, the way the real cloud routes: by its first label
    // ("cvm.ap-guangzhou.tencentcloudapi.com" -> cvm). Empty when the host names none of
    // ours: an IP address, localhost, or any other name (imprint-sim behind a plain host name).
    static QString serviceFromHost(const QString &host);
    // Host without its ":port" (IPv6 literals keep their brackets off).
    static QString hostWithoutPort(const QString &host);
    static bool isAddressOrLocalhost(const QString &host);
};

} // namespace imprint
