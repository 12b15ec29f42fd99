// The official Tencent Cloud Node.js SDK, unchanged, against imprint-sim: a full custom-image
// cycle for CVM (CreateImage with tags -> DescribeImages -> RunInstances -> DescribeInstances ->
// DeleteImages) and for Lighthouse (CreateBlueprint with tags -> DescribeBlueprints ->
// CreateInstances -> DescribeInstances -> DeleteBlueprints), plus a refusal each, read back as
// the SDK reports it.
//
//   node cycle.mjs /path/to/imprint-sim
//
// It starts imprint-sim itself (port 0, a temporary --data-dir, a fast clock) and stops it at
// the end. Only 127.0.0.1 is contacted.
//
// How the SDK is pointed at imprint-sim, with documented client options only:
//  - profile.httpProfile.protocol "http://" (the SDK's default is "https://");
//  - profile.httpProfile.endpoint "<service>.localhost:<port>": the SDK derives the credential
//    scope's service from the endpoint's first label (endpoint.split(".")[0]), so the endpoint
//    must start with "cvm." or "lighthouse."; names under .localhost are loopback (RFC 6761);
//  - profile.httpProfile.agent: an http.Agent whose DNS lookup answers 127.0.0.1 for those
//    names, so that nothing depends on the machine's resolver knowing *.localhost.
// The SDK signs the host name without the port while it sends Host with the port; imprint-sim
// accepts that (see server/apigateway.h).

import http from "node:http";
import { createRequire } from "node:module";

import { check, refusal, runCycles, until } from "./simharness.mjs";

const require = createRequire(import.meta.url);
// CVM from its own package; Lighthouse has no per-product package on npm, so it comes from the
// official all-products package (same code, same signing).
let cvmSdk;
let allSdk;
try {
    cvmSdk = require("tencentcloud-sdk-nodejs-cvm");
    allSdk = require("tencentcloud-sdk-nodejs");
} catch (e) {
    console.error(
        `The Tencent Cloud SDK packages are not installed (${e.message}); run ` +
            "`npm install --no-audit --no-fund` in tests/sdk, or scripts/dev.sh test, then try again.",
    );
    console.log("0 passed, 1 failed");
    process.exit(1);
}

const SECRET_ID = "AKIDimprintSdkTest0000000000000000";
const SECRET_KEY = "imprint-sdk-test-secret-key-000000";
const REGION = "ap-guangzhou";
function clientConfig(service, port) {
    const agent = new http.Agent({
        keepAlive: true,
        lookup: (hostname, options, callback) => {
            if (options && options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
            else callback(null, "127.0.0.1", 4);
        },
    });
    return {
        credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
        region: REGION,
        profile: {
            httpProfile: { endpoint: `${service}.localhost:${port}`, protocol: "http://", agent, reqTimeout: 30 },
        },
    };
}

async function cvmCycle(port) {
    const cvm = new cvmSdk.cvm.v20170312.Client(clientConfig("cvm", port));
    const listed = await cvm.DescribeInstances({ Filters: [{ Name: "instance-name", Values: ["api-gateway-01"] }] });
    const source = listed.InstanceSet[0];
    check(source && source.DataDisks.length > 0, "CVM DescribeInstances finds the demo gateway with a data disk");
    const dataDiskId = source.DataDisks[0].DiskId;

    const created = await cvm.CreateImage({
        ImageName: `sdk-cvm-${Date.now()}`,
        InstanceId: source.InstanceId,
        ImageDescription: "made by the official Node.js SDK",
        ForcePoweroff: "TRUE",
        DataDiskIds: [dataDiskId],
        TagSpecification: [{ ResourceType: "image", Tags: [{ Key: "made-by", Value: "sdk-test" }] }],
    });
    const imageId = created.ImageId;
    check(/^img-/.test(imageId), `CVM CreateImage answers an image id (${imageId})`);

    const image = await until("the CVM image to be NORMAL", async () => {
        const r = await cvm.DescribeImages({ ImageIds: [imageId] });
        return r.ImageSet[0] && r.ImageSet[0].ImageState === "NORMAL" ? r.ImageSet[0] : null;
    });
    check(image.ImageType === "PRIVATE_IMAGE", "CVM DescribeImages shows a PRIVATE_IMAGE");
    check(
        image.SnapshotSet.some((s) => s.DiskUsage === "DATA_DISK"),
        "CVM image carries the data-disk snapshot",
    );
    check(
        image.Tags.length === 1 && image.Tags[0].Key === "made-by" && image.Tags[0].Value === "sdk-test",
        "CVM DescribeImages lists the tag given in TagSpecification",
    );

    const token = `sdk-cvm-token-${Date.now()}`;
    const launch = {
        Placement: { Zone: source.Placement.Zone },
        ImageId: imageId,
        InstanceType: "S5.MEDIUM4",
        InstanceChargeType: "POSTPAID_BY_HOUR",
        InstanceCount: 1,
        InstanceName: "sdk-cvm-node",
        ClientToken: token,
    };
    const first = await cvm.RunInstances(launch);
    const again = await cvm.RunInstances(launch);
    check(first.InstanceIdSet.length === 1, "CVM RunInstances answers one instance id");
    check(
        JSON.stringify(first.InstanceIdSet) === JSON.stringify(again.InstanceIdSet),
        "CVM RunInstances with the same ClientToken answers the same ids",
    );
    const named = await cvm.DescribeInstances({ Filters: [{ Name: "instance-name", Values: ["sdk-cvm-node"] }] });
    check(named.TotalCount === 1, "CVM the repeated ClientToken created no second instance");

    const running = await until("the CVM instance to run", async () => {
        const r = await cvm.DescribeInstances({ InstanceIds: first.InstanceIdSet });
        return r.InstanceSet[0] && r.InstanceSet[0].InstanceState === "RUNNING" ? r.InstanceSet[0] : null;
    });
    check(running.ImageId === imageId, "CVM DescribeInstances shows the instance running from the image");

    check(
        (await refusal(cvm.DescribeImages({ Filters: [{ Name: "no-such-filter", Values: ["x"] }] }))).code === "InvalidFilter",
        "CVM an unknown filter is refused with InvalidFilter",
    );
    check(
        (await refusal(cvm.CreateImage({ ImageName: "x".repeat(61), InstanceId: source.InstanceId }))).code ===
            "InvalidParameter.ValueTooLarge",
        "CVM a 61-character image name is refused with InvalidParameter.ValueTooLarge",
    );

    await cvm.DeleteImages({ ImageIds: [imageId] });
    const after = await cvm.DescribeImages({ ImageIds: [imageId] });
    check(after.TotalCount === 0, "CVM DeleteImages removes the image");
}

async function lighthouseCycle(port) {
    const lighthouse = new allSdk.lighthouse.v20200324.Client(clientConfig("lighthouse", port));
    const listed = await lighthouse.DescribeInstances({
        Filters: [{ Name: "instance-name", Values: ["blog-server"] }],
    });
    const source = listed.InstanceSet[0];
    check(source && source.InstanceState === "RUNNING", "Lighthouse DescribeInstances finds the running demo blog");

    check(
        (await refusal(lighthouse.CreateBlueprint({ BlueprintName: "x".repeat(61), InstanceId: source.InstanceId }))).code ===
            "InvalidParameterValue.TooLong",
        "Lighthouse a 61-character blueprint name is refused with InvalidParameterValue.TooLong",
    );

    const created = await lighthouse.CreateBlueprint({
        BlueprintName: `sdk-lh-${Date.now()}`,
        Description: "made by the official Node.js SDK",
        InstanceId: source.InstanceId,
        ForcePowerOff: true,
        Tags: [
            { Key: "made-by", Value: "sdk-test" },
            { Key: "team", Value: "web" },
        ],
    });
    const blueprintId = created.BlueprintId;
    check(/^lhbp-/.test(blueprintId), `Lighthouse CreateBlueprint answers a blueprint id (${blueprintId})`);

    const blueprint = await until("the blueprint to be NORMAL", async () => {
        const r = await lighthouse.DescribeBlueprints({ BlueprintIds: [blueprintId] });
        return r.BlueprintSet[0] && r.BlueprintSet[0].BlueprintState === "NORMAL" ? r.BlueprintSet[0] : null;
    });
    check(blueprint.BlueprintType === "PRIVATE", "Lighthouse DescribeBlueprints shows a PRIVATE blueprint");
    check(
        JSON.stringify(blueprint.Tags) ===
            JSON.stringify([
                { Key: "made-by", Value: "sdk-test" },
                { Key: "team", Value: "web" },
            ]),
        "Lighthouse DescribeBlueprints lists the tags given to CreateBlueprint",
    );
    const privates = await lighthouse.DescribeBlueprints({
        Filters: [{ Name: "blueprint-type", Values: ["PRIVATE"] }],
        Limit: 100,
    });
    check(
        privates.BlueprintSet.some((b) => b.BlueprintId === blueprintId),
        "Lighthouse the blueprint-type=PRIVATE filter lists it",
    );

    const token = `sdk-lh-token-${Date.now()}`;
    const launch = {
        BundleId: "bundle_basic_2c2g",
        BlueprintId: blueprintId,
        InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" },
        InstanceName: "sdk-lh-node",
        InstanceCount: 1,
        Zones: [source.Zone],
        ClientToken: token,
    };
    const first = await lighthouse.CreateInstances(launch);
    const again = await lighthouse.CreateInstances(launch);
    check(first.InstanceIdSet.length === 1, "Lighthouse CreateInstances answers one instance id");
    check(
        JSON.stringify(first.InstanceIdSet) === JSON.stringify(again.InstanceIdSet),
        "Lighthouse CreateInstances with the same ClientToken answers the same ids",
    );

    const running = await until("the Lighthouse instance to run", async () => {
        const r = await lighthouse.DescribeInstances({ InstanceIds: first.InstanceIdSet });
        return r.InstanceSet[0] && r.InstanceSet[0].InstanceState === "RUNNING" ? r.InstanceSet[0] : null;
    });
    check(running.BlueprintId === blueprintId, "Lighthouse DescribeInstances shows the instance from the blueprint");

    await lighthouse.DeleteBlueprints({ BlueprintIds: [blueprintId] });
    const after = await lighthouse.DescribeBlueprints({ BlueprintIds: [blueprintId] });
    check(after.TotalCount === 0, "Lighthouse DeleteBlueprints removes the blueprint");
}

await runCycles({
    usage: "usage: node cycle.mjs /path/to/imprint-sim",
    keys: { id: SECRET_ID, secret: SECRET_KEY },
    cycles: [
        ["CVM", cvmCycle],
        ["Lighthouse", lighthouseCycle],
    ],
});
