// An independent UCloud client, written here from UCloud's published API description and not
// from Imprint's C++ code, runs a full UHost custom-image cycle against imprint-sim. No official
// UCloud SDK can be installed from the registries this project uses, so this stands in for one:
// it signs as UCloud's docs say, sends form-encoded POST bodies as the Go SDK does (and one JSON
// body), and reads RetCode / Message as the SDKs do.
//
//   node ucloud-cycle.mjs /path/to/imprint-sim
//
// Before talking to imprint-sim it proves its own signing on the three published vectors, so a
// pass against imprint-sim means both sides agree with UCloud, not only with each other.
// It starts imprint-sim itself (port 0, a temporary --data-dir, a fast clock) and stops it at
// the end. Only 127.0.0.1 is contacted. No packages needed: node's own crypto and fetch.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const PUBLIC_KEY = "imprint-ucloud-test@example.com";
const PRIVATE_KEY = "imprint-ucloud-test-private-key-0000000";
const REGION = "cn-bj2";
const STEP_TIMEOUT_MS = 60000;

let passed = 0;
let failed = 0;

function check(condition, what) {
    if (condition) {
        passed += 1;
        console.log(`PASS ${what}`);
    } else {
        failed += 1;
        console.log(`FAIL ${what}`);
    }
    return condition;
}

// ---- UCloud's signature, from the docs: sort by name (byte order), concatenate name and value
// with nothing between and no escaping, append the private key, SHA-1, lower-case hex. Values:
// booleans true/false, integral numbers without a fraction, never exponent notation.

function render(value) {
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") {
        if (Number.isInteger(value)) return BigInt(value).toString();
        // Shortest round-trip text, expanded out of exponent notation where JS would use it.
        const text = String(value);
        return /e/i.test(text) ? value.toFixed(20).replace(/0+$/, "") : text;
    }
    return String(value);
}

// { Disks: [{ IsBoot: "True" }], DataUDiskIds: ["a"] } -> { "Disks.0.IsBoot": "True", ... }
function flatten(params, prefix = "", out = {}) {
    for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null) continue;
        const name = prefix ? `${prefix}.${key}` : key;
        if (Array.isArray(value)) value.forEach((item, i) => (typeof item === "object" ? flatten(item, `${name}.${i}`, out) : (out[`${name}.${i}`] = render(item))));
        else if (typeof value === "object") flatten(value, name, out);
        else out[name] = render(value);
    }
    return out;
}

function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function signature(flat, privateKey) {
    const text = Object.keys(flat)
        .filter((k) => k !== "Signature")
        .sort(byteOrder)
        .map((k) => k + flat[k])
        .join("");
    return createHash("sha1").update(text + privateKey, "utf8").digest("hex");
}

function signed(params, publicKey = PUBLIC_KEY, privateKey = PRIVATE_KEY) {
    const flat = flatten({ ...params, PublicKey: publicKey });
    flat.Signature = signature(flat, privateKey);
    return flat;
}

function publishedVectors() {
    const key = "46f09bb9fab4f12dfc160dae12273d5332b5debe";
    const describe = { Action: "DescribeUHostInstance", Region: "cn-bj2", Limit: 10 };
    const create = {
        Action: "CreateUHostInstance", CPU: 2, ChargeType: "Month", DiskSpace: 10,
        ImageId: "f43736e1-65a5-4bea-ad2e-8a46e18883c2", LoginMode: "Password", Memory: 2048,
        Name: "Host01", Password: "VUNsb3VkLmNu", Quantity: 1, Region: "cn-bj2", Zone: "cn-bj2-04",
    };
    const vectors = [
        ["docs", describe, "ucloudsomeone@example.com1296235120854146120", "cba5cf5ec4d4233d206b1b54951e3787350a642f"],
        ["mirror", describe, "someone@example.com1296235120854146120", "4201919d267504385deb93af19e0197870fed36b"],
        ["go-sdk", create, "ucloudsomeone@example.com1296235120854146120", "4f9ef5df2abab2c6fccd1e9515cb7e2df8c6bb65"],
    ];
    for (const [name, params, publicKey, expected] of vectors)
        check(signed(params, publicKey, key).Signature === expected, `signature reproduces the published ${name} vector`);
    check(render(42.0) === "42" && render(0.5) === "0.5" && render(1e21) === "1000000000000000000000",
          "numbers render without a fraction when integral and never in exponent notation");
}

// ---- transport

let endpoint;

async function post(body, contentType) {
    const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": contentType }, body });
    const text = await response.text();
    try {
        return { status: response.status, json: JSON.parse(text) };
    } catch {
        return { status: response.status, json: { RetCode: -1, Message: `not JSON: ${text.slice(0, 200)}` } };
    }
}

// Form-encoded, as the Go SDK sends it; resolves with the envelope, whatever its RetCode.
async function call(params, { json = false, tamper = false } = {}) {
    const flat = signed(params);
    if (tamper) flat.Region = flat.Region === "hk" ? "cn-bj2" : "hk";
    const answer = json
        ? await post(JSON.stringify(flat), "application/json")
        : await post(new URLSearchParams(flat).toString(), "application/x-www-form-urlencoded");
    check(answer.status === 200, `${params.Action} answers HTTP 200`);
    return answer.json;
}

async function ok(params, options) {
    const answer = await call(params, options);
    if (answer.RetCode !== 0) throw new Error(`${params.Action} failed: RetCode ${answer.RetCode}: ${answer.Message}`);
    check(answer.Action === `${params.Action}Response`, `${params.Action} answers Action ${params.Action}Response`);
    return answer;
}

function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(what, probe) {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await sleep(150);
    }
}

async function image(region, imageId) {
    const r = await ok({ Action: "DescribeImage", Region: region, ImageType: "Custom", ImageId: imageId });
    return r.ImageSet.find((m) => m.ImageId === imageId);
}

// ---- the cycle (seed 001)

async function uhostCycle() {
    const projects = await ok({ Action: "GetProjectList" });
    const projectIds = projects.ProjectSet.map((p) => p.ProjectId);
    check(projects.ProjectCount === projectIds.length && projectIds.length >= 2, "GetProjectList lists the account's projects");
    check(projects.ProjectSet.filter((p) => p.IsDefault).length === 1, "GetProjectList marks one default project");

    const regions = await ok({ Action: "GetRegion" });
    check(regions.Regions.some((r) => r.Region === REGION && r.Zone === "cn-bj2-05"), "GetRegion lists cn-bj2 and its zones");

    const hosts = await ok({ Action: "DescribeUHostInstance", Region: REGION, Limit: 100 });
    const web = hosts.UHostSet.find((h) => h.Name === "web-01");
    check(web !== undefined, "DescribeUHostInstance finds the demo host web-01");
    const boot = web.DiskSet.find((d) => d.Type === "Boot");
    const data = web.DiskSet.find((d) => d.Type === "Data" && d.DiskType === "CLOUD_SSD");
    const economy = web.DiskSet.find((d) => d.DiskType === "CLOUD_SSD_ESSENTIAL");
    check(boot && data && economy, "DiskSet has a Boot disk, an SSD data disk and an economy disk, in UCloud's type names");
    check(web.DiskSet.every((d) => typeof d.DiskId === "string" && Number.isInteger(d.Size)), "every DiskSet entry has DiskId and Size");

    const refusedEconomy = await call({
        Action: "CreateCustomImage", Region: REGION, UHostId: web.UHostId, ImageName: "ucloud-node-economy",
        DataUDiskIds: [economy.DiskId],
    });
    check(refusedEconomy.RetCode !== 0, "an economy cloud disk cannot be associated");
    check(refusedEconomy.Message.includes(economy.DiskId) && /economy/i.test(refusedEconomy.Message),
          `the refusal names the disk and says why ("${refusedEconomy.Message}")`);

    const name = `ucloud-node-${Date.now()}`;
    const created = await ok({
        Action: "CreateCustomImage", Region: REGION, UHostId: web.UHostId, ImageName: name,
        ImageDescription: "made by the independent Node client", DataUDiskIds: [data.DiskId],
    });
    check(/^uimage-/.test(created.ImageId), `CreateCustomImage answers an ImageId (${created.ImageId})`);
    check(Array.isArray(created.DataSnapshotIds) && created.DataSnapshotIds.length === 1, "CreateCustomImage answers one DataSnapshotId per associated disk");

    const making = await image(REGION, created.ImageId);
    check(making && ["Making", "Available"].includes(making.State), `the new image is listed (${making && making.State})`);
    const made = await until("the image to be Available", async () => {
        const m = await image(REGION, created.ImageId);
        return m && m.State === "Available" ? m : null;
    });
    check(made.ImageType === "Custom", "DescribeImage says ImageType Custom");
    check(JSON.stringify(made.DataSnapshotIds) === JSON.stringify(created.DataSnapshotIds), "DescribeImage lists the same DataSnapshotIds");
    check(Number.isInteger(made.CreateTime) && Math.abs(made.CreateTime - Date.now() / 1000) < 7 * 24 * 3600,
          "CreateTime is in Unix seconds");

    // JSON bodies are accepted too.
    const viaJson = await ok({ Action: "DescribeImage", Region: REGION, ImageId: created.ImageId }, { json: true });
    check(viaJson.ImageSet.length === 1, "a JSON body is accepted and signed the same way");

    const renamed = await call({ Action: "UpdateImageAttribute", Region: REGION, ImageId: created.ImageId, ImageName: `${name}-renamed`, ImageDescription: "new remarks" });
    check(renamed.RetCode === 0 && (await image(REGION, created.ImageId)).ImageName === `${name}-renamed`, "imprint-sim renames the image and its remarks");

    const noProject = await call({ Action: "CopyCustomImage", Region: REGION, SourceImageId: created.ImageId, TargetRegion: "hk" });
    check(noProject.RetCode !== 0 && noProject.Message.includes("TargetProjectId"), "CopyCustomImage without TargetProjectId is refused, naming it");
    const target = projectIds.find((p) => p !== projects.ProjectSet.find((x) => x.IsDefault).ProjectId);
    const copied = await ok({ Action: "CopyCustomImage", Region: REGION, SourceImageId: created.ImageId, TargetRegion: "hk", TargetProjectId: target });
    check(/^uimage-/.test(copied.TargetImageId), "CopyCustomImage answers a TargetImageId");
    const copy = await until("the copy to be Available", async () => {
        const m = await image("hk", copied.TargetImageId);
        return m && m.State === "Available" ? m : null;
    });
    check((copy.DataSnapshotIds || []).length === 0, "only the system disk is copied: no data-disk snapshots");

    const launch = {
        Action: "CreateUHostInstance", Region: REGION, Zone: made.Zone, ImageId: created.ImageId, LoginMode: "ImagePasswd",
        MachineType: "N", MinimalCpuPlatform: "Intel/Auto", CPU: 2, Memory: 4096, ChargeType: "Dynamic",
        Name: "ucloud-node-host", MaxCount: 1,
        Disks: [{ IsBoot: "True", Type: "CLOUD_SSD", Size: 40 }, { IsBoot: "False", Type: "CLOUD_SSD", Size: 100, SnapshotId: created.DataSnapshotIds[0] }],
    };
    const otherZone = hosts.UHostSet.map((h) => h.Zone).find((z) => z !== made.Zone);
    const wrongZone = await call({ ...launch, Zone: otherZone });
    check(wrongZone.RetCode !== 0, `an image with data-disk snapshots cannot launch in another zone (${wrongZone.Message})`);
    const withLocal = await call({ ...launch, Disks: [launch.Disks[0], { ...launch.Disks[1], Type: "LOCAL_NORMAL" }] });
    check(withLocal.RetCode !== 0, `nor with local disks (${withLocal.Message})`);
    const otherRegion = await call({ ...launch, Region: "cn-sh2", Zone: "cn-sh2-01" });
    check(otherRegion.RetCode !== 0, `nor in another region (${otherRegion.Message})`);
    const overflow = await call({ ...launch, MaxCount: "4294967297" });
    check(overflow.RetCode !== 0 && overflow.Message.includes("4294967297"), "a count beyond 32 bits is refused, not wrapped");

    const launched = await ok(launch);
    check(launched.UHostIds.length === 1, "CreateUHostInstance answers one UHostId");
    const hostId = launched.UHostIds[0];
    const running = await until("the host to run", async () => {
        const r = await ok({ Action: "DescribeUHostInstance", Region: REGION, UHostIds: [hostId] });
        return r.UHostSet[0] && r.UHostSet[0].State === "Running" ? r.UHostSet[0] : null;
    });
    check(running.BasicImageId === created.ImageId, "the host runs from the custom image");

    await ok({ Action: "StopUHostInstance", Region: REGION, UHostId: hostId });
    await until("the host to stop", async () => (await ok({ Action: "DescribeUHostInstance", Region: REGION, UHostIds: [hostId] })).UHostSet[0].State === "Stopped");
    await ok({ Action: "StartUHostInstance", Region: REGION, UHostId: hostId });
    await until("the host to run again", async () => (await ok({ Action: "DescribeUHostInstance", Region: REGION, UHostIds: [hostId] })).UHostSet[0].State === "Running");
    const off = await ok({ Action: "PoweroffUHostInstance", Region: REGION, UHostId: hostId });
    check(off.UHostId === hostId, "PoweroffUHostInstance answers the UHostId");
    await until("the host to be powered off", async () => (await ok({ Action: "DescribeUHostInstance", Region: REGION, UHostIds: [hostId] })).UHostSet[0].State === "Stopped");

    // Windows parent: no 1-core host, no network acceleration.
    const winImage = (await ok({ Action: "DescribeImage", Region: REGION, ImageType: "Custom", Limit: 100 })).ImageSet.find((m) => m.OsType === "Windows" && m.State === "Available");
    if (check(winImage !== undefined, "a Windows custom image is listed")) {
        const win = { ...launch, ImageId: winImage.ImageId, Zone: "cn-bj2-05", Disks: [launch.Disks[0]] };
        check((await call({ ...win, CPU: 1, Memory: 1024 })).RetCode !== 0, "a Windows parent allows no 1-core host");
        check((await call({ ...win, NetCapability: "Super" })).RetCode !== 0, "a Windows parent allows no network acceleration");
    }

    const tampered = await call({ Action: "DescribeImage", Region: REGION }, { tamper: true });
    check(tampered.RetCode === 171, "a tampered request is refused with RetCode 171");

    const terminated = await ok({ Action: "TerminateCustomImage", Region: REGION, ImageId: created.ImageId });
    check(terminated.ImageId === created.ImageId, "TerminateCustomImage answers the ImageId");
    check((await image(REGION, created.ImageId)) === undefined, "the image is gone");
    await ok({ Action: "TerminateCustomImage", Region: "hk", ImageId: copied.TargetImageId });
}

async function main() {
    const executable = process.argv[2];
    publishedVectors();
    if (!executable) {
        console.log("usage: node ucloud-cycle.mjs /path/to/imprint-sim");
        process.exit(2);
    }
    const dataDir = mkdtempSync(join(tmpdir(), "imprint-ucloud-"));
    const child = spawn(executable, ["--listen", "127.0.0.1:0", "--data-dir", dataDir, "--sim-speed", "600"], {
        env: { ...process.env, IMPRINT_SIM_SECRET_ID: PUBLIC_KEY, IMPRINT_SIM_SECRET_KEY: PRIVATE_KEY },
        stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    try {
        const port = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error("imprint-sim did not start in 20 s")), 20000);
            child.on("exit", (code) => reject(new Error(`imprint-sim exited with ${code}`)));
            createInterface({ input: child.stdout }).once("line", (line) => {
                clearTimeout(timer);
                const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
                if (match) resolve(Number(match[1]));
                else reject(new Error(`unexpected first line: ${line}`));
            });
        });
        endpoint = `http://127.0.0.1:${port}/`;
        await uhostCycle();
    } catch (e) {
        failed += 1;
        console.log(`FAIL ${e.message}`);
    } finally {
        child.kill("SIGTERM");
        rmSync(dataDir, { recursive: true, force: true });
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}

main();
