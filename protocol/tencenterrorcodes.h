#pragma once

#include "error.h"
#include "product.h"

#include <QString>

namespace imprint {

// Domain ErrorCode <-> Tencent Cloud wire error codes, per product and action.
//
// imprint-sim answers a refusal from the simulator engine with the code the real action
// documents for it (reference §3-§5), so that TencentCloudBackend handles imprint-sim and the
// real cloud with one code path; the client maps whatever the cloud sends back to the domain
// code the UI reacts to (QuotaExceeded shows the quota, ...). The message travels unchanged.
//
// Lookup goes from the most specific scope to the least: (product, action), then the product,
// then codes common to every service; fromWire finally falls back to code families
// ("...NotFound", "LimitExceeded...", "AuthFailure...").
//
// The mapping is a function only one way: where the cloud documents one code for two domain
// reasons, both go out as that code and come back as the first. Those collapses are listed in
// tests/protocol/tst_tencenterrorcodes.cpp; e.g. Lighthouse has one InvalidParameterValue.TooLong
// for a long name and a long description, so InvalidDescription comes back as InvalidName.
class TencentErrorCodes
{
public:
    // The wire code for a domain refusal of `action`. Codes no action documents fall back to a
    // common code (InvalidParameterValue, UnsupportedOperation, ...); ErrorCode::None gives "".
    static QString toWire(Product product, const QString &action, ErrorCode code);
    // The domain code for a wire code the server answered `action` with.
    static ErrorCode fromWire(Product product, const QString &action, const QString &wireCode);
    // Without product and action: common codes and families only (signature failures come
    // before the request is routed to an action).
    static ErrorCode fromWire(const QString &wireCode);
};

} // namespace imprint
