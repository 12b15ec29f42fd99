// What every official-SDK test script shares: starting imprint-sim on a free loopback port with
// a temporary --data-dir and a known key pair, PASS/FAIL bookkeeping, waiting for a condition,
// reading a refusal's code, and the summary line and exit code ctest reads.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const STEP_TIMEOUT_MS = 60000;

let passed = 0;
let failed = 0;

export function check(condition, what) {
    if (condition) {
        passed += 1;
        console.log(`PASS ${what}`);
    } else {
        failed += 1;
        console.log(`FAIL ${what}`);
    }
    return condition;
}

export function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until(what, probe) {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await sleep(150);
    }
}

// The error of a call that must fail: its code, or a text that can never equal one.
export async function refusal(promise) {
    try {
        await promise;
        return { code: "(no error)" };
    } catch (e) {
        return e;
    }
}

function startServer(executable, dataDir, keys, simSpeed) {
    const child = spawn(
        executable,
        ["--listen", "127.0.0.1:0", "--data-dir", dataDir, "--sim-speed", String(simSpeed)],
        {
            env: { ...process.env, IMPRINT_SIM_SECRET_ID: keys.id, IMPRINT_SIM_SECRET_KEY: keys.secret },
            stdio: ["ignore", "pipe", "pipe"],
        },
    );
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("imprint-sim did not start in 20 s")), 20000);
        child.on("exit", (code) => reject(new Error(`imprint-sim exited with ${code}`)));
        createInterface({ input: child.stdout }).once("line", (line) => {
            clearTimeout(timer);
            const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
            if (!match) reject(new Error(`unexpected first line: ${line}`));
            else resolve({ child, port: Number(match[1]) });
        });
    });
}

// Starts imprint-sim, runs each [name, cycle(port)] in turn (a cycle that throws is one FAIL,
// and the next still runs), stops the server and exits 0 only when something passed and
// nothing failed.
export async function runCycles({ usage, keys, simSpeed = 600, cycles }) {
    const executable = process.argv[2];
    if (!executable) {
        console.error(usage);
        process.exit(2);
    }
    const dataDir = mkdtempSync(join(tmpdir(), "imprint-sdk-"));
    let server;
    try {
        server = await startServer(executable, dataDir, keys, simSpeed);
        for (const [name, cycle] of cycles) {
            try {
                await cycle(server.port);
            } catch (e) {
                check(false, `${name} cycle ran to the end (${e.code || ""} ${e.message})`);
            }
        }
    } catch (e) {
        check(false, `imprint-sim started (${e.message})`);
    } finally {
        if (server) {
            server.child.removeAllListeners("exit");
            server.child.kill("SIGTERM");
        }
        await sleep(200);
        rmSync(dataDir, { recursive: true, force: true });
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
