// Tencent Cloud API 3.0 (CVM and Lighthouse) request path: a request signed with the accepted
// key, so that the fuzzer's bytes get past the signature into routing, the mappers' parameter
// checks, the dispatchers and the engine. Input: "service/Action\nJSON body".

#include "fuzzworld.h"
#include "receivedrequest.h"
#include "signedrequest.h"
#include "tc3gateway.h"
#include "tc3signer.h"
#include "tencentservice.h"

#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

using namespace imprint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::readHttp(data, size);
    static Tc3Gateway gateway(fuzz::engine(), fuzz::key(), true);
    const fuzz::Input input = fuzz::split(data, size);
    const qsizetype slash = input.action.indexOf('/');
    const QByteArray service = slash < 0 ? QByteArray("cvm") : input.action.left(slash);
    SignedRequest signing;
    signing.host = "127.0.0.1:8080";
    signing.payload = input.rest;
    signing.action = input.action.mid(slash + 1);
    signing.service = service;
    signing.timestamp = fuzz::signingTime().toSecsSinceEpoch();
    signing.signedHeaders = SignedRequest::actionBound(true);
    const std::optional<TencentService> known = TencentService::forName(QString::fromUtf8(service));
    const QByteArray version = known ? known->version.toLatin1() : QByteArray("2017-03-12");
    ReceivedRequest request;
    request.headers = Tc3Signer(fuzz::key()).headers(signing, version, "ap-guangzhou");
    request.body = input.rest;
    const ApiReply reply = gateway.handle(request, signing.timestamp);
    // Signed with the accepted key, a request of a known service and a plain action name is
    // never refused for its signature: that would be signer and verifier disagreeing about
    // bytes they both saw.
    if (qEnvironmentVariableIsSet("IMPRINT_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s %s: %s\n", signing.action.constData(), qPrintable(reply.outcome),
                     reply.body.left(160).constData());
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z]+$"));
    if (known && plainName.match(QString::fromLatin1(signing.action)).hasMatch() &&
        reply.outcome.startsWith(QLatin1String("AuthFailure")))
        std::abort();
    return 0;
}
