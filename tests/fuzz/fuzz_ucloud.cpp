// UCloud (UHost) request path: signed with the accepted key, so that the fuzzer's parameters
// reach the UHost mapper, dispatcher and engine. Input: "Action\nname=value&..." (a form body).

#include "fuzzworld.h"
#include "receivedrequest.h"
#include "ucloudgateway.h"
#include "ucloudsigner.h"

#include <cstdio>

using namespace imprint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::readHttp(data, size);
    static UCloudGateway gateway(fuzz::engine(), fuzz::key());
    const fuzz::Input input = fuzz::split(data, size);
    const Result<UCloudParams> decoded = UCloudParams::fromFormBody(input.rest);
    if (!decoded)
        return 0; // the form decoder refused it; that refusal is tested in tst_ucloudgateway
    UCloudParams params = decoded.value();
    params.set(QStringLiteral("Action"), QString::fromUtf8(input.action));
    UCloudSigner(fuzz::key()).sign(params);
    ReceivedRequest request;
    request.method = "POST";
    request.headers.append("Host", "127.0.0.1:8080");
    request.headers.append("Content-Type", "application/x-www-form-urlencoded");
    request.body = params.toFormBody();
    const ApiReply reply = gateway.handle(request, fuzz::now().toSecsSinceEpoch());
    if (qEnvironmentVariableIsSet("IMPRINT_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s %s: %s\n", input.action.constData(), qPrintable(reply.outcome),
                     reply.body.left(160).constData());
    return 0;
}
