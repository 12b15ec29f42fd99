// Alibaba Cloud's official Node.js SDKs, unchanged, against imprint-sim's ECS API: the same
// custom-image cycle four times -
//   @alicloud/ecs20140526 with its default signature (V3, ACS3-HMAC-SHA256),
//   @alicloud/ecs20140526 with signatureAlgorithm "v2" (V1, HMAC-SHA1, parameters in the query),
//   @alicloud/pop-core with form POST (V1, every parameter in the body),
//   @alicloud/pop-core with GET (V1, every parameter in the query).
// Each cycle: DescribeRegions -> DescribeInstances -> CreateImage from a running instance (Tag,
// ClientToken repeated) -> DescribeImages until Available (Status list, ImageOwnerAlias,
// Progress) -> TagResources, UntagResources, DescribeImages by Tag, a 21st tag refused -> CopyImage and DescribeImages in the destination -> CopyImage + CancelCopyImage ->
// RunInstances Amount 2 (ClientToken repeated) -> DescribeInstances -> DeleteImage refused with
// ImageUsingByInstance, then with Force -> a refusal read back as the SDK reports it.
//
//   node ecs-cycle.mjs /path/to/imprint-sim
//
// The endpoint is 127.0.0.1:PORT with protocol http; the key pair imprint-sim is given is the
// AccessKeyId / AccessKeySecret. Only 127.0.0.1 is contacted.

import { createRequire } from "node:module";

import { check, refusal, runCycles, until } from "./simharness.mjs";

const require = createRequire(import.meta.url);
let Ecs;
let OpenApi;
let PopCore;
try {
    Ecs = require("@alicloud/ecs20140526");
    OpenApi = require("@alicloud/openapi-core");
    PopCore = require("@alicloud/pop-core");
} catch (e) {
    console.error(
        `The Alibaba Cloud SDK packages are not installed (${e.message}); run ` +
            "`npm install --no-audit --no-fund --no-package-lock` in tests/sdk, or scripts/dev.sh test.",
    );
    console.log("0 passed, 1 failed");
    process.exit(1);
}

const ACCESS_KEY_ID = "LTAIimprintSdkTest00000000";
const ACCESS_KEY_SECRET = "imprint-sdk-test-secret-000000";
const REGION = "cn-hangzhou";
const COPY_REGION = "cn-shanghai";
const CANCEL_REGION = "cn-beijing";

// PascalCase parameter trees -> the camelCase the typed SDK models take.
function camelize(value) {
    if (Array.isArray(value)) return value.map(camelize);
    if (value && typeof value === "object") {
        const out = {};
        for (const [k, v] of Object.entries(value)) out[k[0].toLowerCase() + k.slice(1)] = camelize(v);
        return out;
    }
    return value;
}

// One uniform call(action, params) -> the response body with its wire (PascalCase) names, over
// each official client. Errors keep the SDK's own code (and HTTP status where it reports one).
function typedClient(port, signatureAlgorithm) {
    const config = new OpenApi.$OpenApiUtil.Config({
        accessKeyId: ACCESS_KEY_ID,
        accessKeySecret: ACCESS_KEY_SECRET,
        endpoint: `127.0.0.1:${port}`,
        protocol: "http",
        regionId: REGION,
        readTimeout: 30000,
    });
    if (signatureAlgorithm) config.signatureAlgorithm = signatureAlgorithm;
    const client = new Ecs.default(config);
    return async (action, params) => {
        const Request = Ecs[`${action}Request`];
        const method = action[0].toLowerCase() + action.slice(1);
        const response = await client[method](new Request(camelize(params)));
        return response.body.toMap();
    };
}

function popClient(port, method) {
    const client = new PopCore({
        accessKeyId: ACCESS_KEY_ID,
        accessKeySecret: ACCESS_KEY_SECRET,
        endpoint: `http://127.0.0.1:${port}`,
        apiVersion: "2014-05-26",
    });
    return async (action, params) => {
        try {
            return await client.request(action, params, { method, timeout: 30000 });
        } catch (e) {
            if (e.entry && e.entry.response) e.statusCode = e.entry.response.statusCode;
            throw e;
        }
    };
}

async function imageIn(call, region, imageId, statuses = "Creating,Waiting,Available,CreateFailed") {
    const r = await call("DescribeImages", {
        RegionId: region,
        ImageId: imageId,
        ImageOwnerAlias: "self",
        Status: statuses,
    });
    return r.Images.Image[0] || null;
}

async function cycle(name, call) {
    const label = (what) => `${name}: ${what}`;
    const stamp = `${Date.now()}`;
    const slug = name.replace(/[^A-Za-z0-9]+/g, "-");

    const regions = await call("DescribeRegions", {});
    check(
        regions.Regions.Region.some((r) => r.RegionId === REGION),
        label(`DescribeRegions lists ${REGION}`),
    );
    const listed = await call("DescribeInstances", { RegionId: REGION, PageSize: 100 });
    const source = listed.Instances.Instance.find((i) => i.InstanceName === "ecs-web-01");
    check(source && source.Status === "Running", label("DescribeInstances finds the running ecs-web-01"));

    // CreateImage from the running instance: every disk is snapshotted (seed 002).
    const token = `sdk-create-${slug}-${stamp}`;
    const createParams = {
        RegionId: REGION,
        InstanceId: source.InstanceId,
        ImageName: `sdk-${slug}-${stamp}`,
        Description: "made by the official Alibaba Cloud SDK",
        ClientToken: token,
        Tag: [{ Key: "made-by", Value: "sdk-test" }],
    };
    const created = await call("CreateImage", createParams);
    const again = await call("CreateImage", createParams);
    const imageId = created.ImageId;
    check(/^m-/.test(imageId), label(`CreateImage answers an image id (${imageId})`));
    check(again.ImageId === imageId, label("CreateImage with the same ClientToken answers the same id"));

    const creating = await imageIn(call, REGION, imageId);
    check(creating && /^\d{1,3}%$/.test(creating.Progress), label(`DescribeImages shows Progress as NN% (${creating && creating.Progress})`));
    const defaultList = await call("DescribeImages", { RegionId: REGION, ImageId: imageId });
    check(
        defaultList.Images.Image.length === 0 || defaultList.Images.Image[0].Status === "Available",
        label("DescribeImages without Status lists Available images only"),
    );
    const image = await until("the image to be Available", async () => {
        const i = await imageIn(call, REGION, imageId);
        return i && i.Status === "Available" ? i : null;
    });
    const mappings = image.DiskDeviceMappings.DiskDeviceMapping;
    check(image.Progress === "100%", label("the image is Available at 100%"));
    check(
        mappings.length === 2 && mappings[0].Type === "system" && mappings[1].Type === "data",
        label("the image maps the system disk and the data disk"),
    );
    check(image.Tags.Tag.some((t) => t.TagKey === "made-by"), label("the image carries its tag"));

    // TagResources / UntagResources on the image, and DescribeImages' Tag filter.
    const target = { RegionId: REGION, ResourceType: "image", ResourceId: [imageId] };
    await call("TagResources", { ...target, Tag: [{ Key: "stage", Value: slug }] });
    await call("UntagResources", { ...target, TagKey: ["made-by"] });
    const retagged = await imageIn(call, REGION, imageId);
    check(
        JSON.stringify(retagged.Tags.Tag.map((t) => [t.TagKey, t.TagValue])) === JSON.stringify([["stage", slug]]),
        label("TagResources adds a tag and UntagResources removes one"),
    );
    const byTag = await call("DescribeImages", {
        RegionId: REGION,
        ImageOwnerAlias: "self",
        Tag: [{ Key: "stage", Value: slug }],
    });
    check(
        byTag.Images.Image.length === 1 && byTag.Images.Image[0].ImageId === imageId,
        label("DescribeImages with Tag.1.Key/Value finds the image by its tag"),
    );
    const tooMany = await refusal(
        call("TagResources", {
            ...target,
            Tag: Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
        }),
    );
    check(
        tooMany.code === "OperationDenied.QuotaExceed",
        label(`a 21st tag on the image is refused with OperationDenied.QuotaExceed (${tooMany.code})`),
    );
    check(
        (await imageIn(call, REGION, imageId)).Tags.Tag.length === 1,
        label("the refused TagResources changed nothing"),
    );

    // CopyImage to another region; a second copy is cancelled.
    const copy = await call("CopyImage", {
        RegionId: REGION,
        ImageId: imageId,
        DestinationRegionId: COPY_REGION,
        DestinationImageName: `${createParams.ImageName}-copy`,
    });
    check(/^m-/.test(copy.ImageId) && copy.ImageId !== imageId, label("CopyImage answers the copy's id"));
    const copied = await until("the copy to be Available", async () => {
        const i = await imageIn(call, COPY_REGION, copy.ImageId);
        return i && i.Status === "Available" ? i : null;
    });
    check(copied.IsCopied === true, label("the copy is listed in the destination region as copied"));
    const doomed = await call("CopyImage", { RegionId: REGION, ImageId: imageId, DestinationRegionId: CANCEL_REGION });
    await call("CancelCopyImage", { RegionId: CANCEL_REGION, ImageId: doomed.ImageId });
    check((await imageIn(call, CANCEL_REGION, doomed.ImageId)) === null, label("CancelCopyImage removes the copy"));

    // RunInstances: Amount 2, the same ClientToken twice.
    const launch = {
        RegionId: REGION,
        ImageId: imageId,
        InstanceType: "ecs.g7.large",
        ZoneId: source.ZoneId,
        Amount: 2,
        InstanceName: `sdk-${stamp}-[1,1]`,
        ClientToken: `sdk-run-${slug}-${stamp}`,
    };
    const first = await call("RunInstances", launch);
    const repeat = await call("RunInstances", launch);
    const ids = first.InstanceIdSets.InstanceIdSet;
    check(ids.length === 2, label("RunInstances answers two instance ids"));
    check(JSON.stringify(ids) === JSON.stringify(repeat.InstanceIdSets.InstanceIdSet), label("RunInstances with the same ClientToken answers the same ids"));
    const running = await until("both instances to run", async () => {
        const r = await call("DescribeInstances", { RegionId: REGION, InstanceIds: JSON.stringify(ids) });
        const list = r.Instances.Instance;
        return list.length === 2 && list.every((i) => i.Status === "Running") ? list : null;
    });
    check(running.every((i) => i.ImageId === imageId), label("DescribeInstances shows both running from the image"));

    // DeleteImage: refused while instances use it, then forced.
    const inUse = await refusal(call("DeleteImage", { RegionId: REGION, ImageId: imageId }));
    check(inUse.code === "ImageUsingByInstance", label(`DeleteImage without Force is refused with ImageUsingByInstance (${inUse.code})`));
    await call("DeleteImage", { RegionId: REGION, ImageId: imageId, Force: true });
    await call("DeleteImage", { RegionId: COPY_REGION, ImageId: copy.ImageId });
    check((await imageIn(call, REGION, imageId)) === null, label("DeleteImage with Force removes the image"));

    const bad = await refusal(call("CreateImage", { RegionId: REGION, InstanceId: source.InstanceId, ImageName: "1-starts-with-a-digit" }));
    check(bad.code === "InvalidImageName.Malformed", label(`a malformed name is refused with InvalidImageName.Malformed (${bad.code})`));
    if (bad.statusCode !== undefined) check(bad.statusCode === 400, label("... with HTTP status 400"));
}

await runCycles({
    usage: "usage: node ecs-cycle.mjs /path/to/imprint-sim",
    keys: { id: ACCESS_KEY_ID, secret: ACCESS_KEY_SECRET },
    simSpeed: 120,
    cycles: [
        ["ecs20140526 (V3)", (port) => cycle("ecs20140526 V3", typedClient(port, undefined))],
        ["ecs20140526 (v2)", (port) => cycle("ecs20140526 v2", typedClient(port, "v2"))],
        ["pop-core POST", (port) => cycle("pop-core POST", popClient(port, "POST"))],
        ["pop-core GET", (port) => cycle("pop-core GET", popClient(port, "GET"))],
    ],
});
