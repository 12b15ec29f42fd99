#pragma once

#include "error.h"

#include <QString>

namespace imprint {

// Domain ErrorCode <-> UCloud RetCode (reference §3.1; UCloud's public and UHost error-code
// lists in UCloudDoc-Team/api summary/public.md and uhost-api/error_code.md).
//
// imprint-sim answers a refusal with the RetCode UCloud documents for that kind of failure, so
// that the UHost client reacts to imprint-sim and to the real cloud in one way; the message
// travels unchanged and always says what was wrong. UCloud documents no image-specific codes
// (reference §6.5), so some domain refusals share a code; the table in uclouderrorcodes.cpp
// says which, and those come back as the first domain code of their row.
class UCloudErrorCodes
{
public:
    // The public codes (summary/public.md).
    static constexpr int ok = 0;
    static constexpr int timeout = 110;            // API answered after 60 s
    static constexpr int serviceUnavailable = 150; // try again later
    static constexpr int rateLimited = 153;
    static constexpr int missingAction = 160;
    static constexpr int unknownAction = 161;
    static constexpr int missingSignature = 170;
    static constexpr int signatureError = 171;
    static constexpr int userNotFound = 172; // unknown PublicKey
    // "Params [X] not available": UCloud's usual answer to a missing or malformed parameter.
    // Not in the public list; seen in UCloud's SDK tests and answers. [?]
    static constexpr int paramsError = 230;
    static constexpr int projectNotFound = 292;

    // The RetCode for a domain refusal; 0 for ErrorCode::None.
    static int toWire(ErrorCode code);
    // The domain code for a RetCode the server answered with (0 gives ErrorCode::None).
    static ErrorCode fromWire(int retCode);
    // A refusal with both codes set: remoteCode is the RetCode as decimal text.
    static Error error(int retCode, const QString &message);
};

} // namespace imprint
