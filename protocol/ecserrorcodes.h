#pragma once

#include "error.h"

#include <QString>

namespace imprint {

// Domain ErrorCode <-> Alibaba Cloud ECS wire error codes, and the HTTP status each code
// travels with (reference §1.1, §2; the per-action error tables of the ECS API docs).
//
// imprint-sim answers a refusal from the simulator engine with the code the real action
// documents for it, with that code's HTTP status, so that the ECS client handles imprint-sim
// and the real cloud with one code path. The client maps the code back to the domain code the
// UI reacts to; the message travels unchanged.
//
// Lookup goes from (action, code) to the codes of every action. Where ECS documents one code
// for two domain reasons (IncorrectInstanceStatus for "busy" and for "wrong state"), both go
// out as that code and come back as the first listed.
class EcsErrorCodes
{
public:
    // The wire code for a domain refusal of `action`; InvalidParameter when nothing fits and
    // "" for ErrorCode::None.
    static QString toWire(const QString &action, ErrorCode code);
    // The domain code for a wire code the server answered `action` with (action may be empty:
    // signature failures come before any action). Unknown codes fall back on their family
    // ("...NotFound" -> NotFound, "QuotaExceed..." -> QuotaExceeded), else RemoteError.
    static ErrorCode fromWire(const QString &action, const QString &wireCode);
    // The HTTP status the code travels with: 404 for ".NotFound", 403 for refusals the docs
    // list as Forbidden, 5xx for server trouble, 400 otherwise.
    static int httpStatus(const QString &wireCode);
    // Codes a client may simply send again, later: Throttling..., ServiceUnavailable,
    // InternalError.
    static bool isRetryable(const QString &wireCode);
};

} // namespace imprint
