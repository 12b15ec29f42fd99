// Alibaba Cloud ECS RPC request path: V1-signed with the accepted key, so that the fuzzer's
// parameters reach the ECS mapper, dispatcher and engine. Input: "Action\nname=value&...".

#include "ecsgateway.h"
#include "ecssignaturev1.h"
#include "fuzzworld.h"
#include "receivedrequest.h"

#include <QUrlQuery>

#include <cstdio>

using namespace imprint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::readHttp(data, size);
    static EcsGateway gateway(fuzz::engine(), fuzz::key(), true);
    static quint64 nonce = 0;
    const fuzz::Input input = fuzz::split(data, size);
    EcsParamList params;
    const QUrlQuery query(QString::fromUtf8(input.rest));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        params.append({name, value});
    const QDateTime at = fuzz::signingTime();
    const EcsParamList all =
        EcsSignatureV1::sign("POST", QString::fromUtf8(input.action), QStringLiteral("2014-05-26"),
                             params, fuzz::key(), at, QString::number(++nonce));
    ReceivedRequest request;
    request.method = "POST";
    request.query = EcsSignatureV1::encode(all);
    request.headers.append("Host", "127.0.0.1:8080");
    const ApiReply reply = gateway.handle(request, at.toSecsSinceEpoch());
    if (qEnvironmentVariableIsSet("IMPRINT_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s %s: %s\n", input.action.constData(), qPrintable(reply.outcome),
                     reply.body.left(160).constData());
    return 0;
}
