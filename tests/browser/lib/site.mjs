// What the browser tests share: where the exported fixture is, its pages, Debian's Chromium
// through playwright-core, the guard that no page asks for anything outside the export folder, and
// a failure list that ends the test with every problem found rather than the first.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = new URL('..', import.meta.url).pathname;
const require = createRequire(join(here, 'package.json'));

// A package of tests/browser/package.json, or a message saying how to install them.
export function resolvePackage(name, file = '') {
    try {
        return require.resolve(file ? `${name}/${file}` : name);
    } catch {
        throw new Error(`${name} is not installed in ${here}node_modules: run scripts/test, or ` +
                        `"npm ci" in tests/browser`);
    }
}

// The fixture's summary (fixture.json, written by corkboard-test-export-fixture), from the folder
// given as the first argument.
export function loadFixture() {
    const folder = process.argv[2];
    if (!folder) {
        throw new Error(`usage: node ${process.argv[1]} FIXTURE_DIR (corkboard-test-export-fixture's OUTDIR)`);
    }
    const summary = join(folder, 'fixture.json');
    if (!existsSync(summary)) {
        throw new Error(`${summary} is missing: run corkboard-test-export-fixture ${folder} first`);
    }
    const fixture = JSON.parse(readFileSync(summary, 'utf8'));
    // Chromium reports file URLs of the real path.
    fixture.html = realpathSync(fixture.html);
    // Every static site published: the event's (html), then those of a gallery and an entry
    // alone, each an export folder of its own.
    fixture.sites = [{ name: 'event', root: fixture.html }];
    for (const [name, root] of Object.entries(fixture.otherSites ?? {})) {
        fixture.sites.push({ name, root: realpathSync(root) });
    }
    return fixture;
}

// Every file under `root` whose name ends with `suffix`, as absolute paths, sorted.
export function filesUnder(root, suffix) {
    const found = [];
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith(suffix)) {
                found.push(path);
            }
        }
    };
    walk(root);
    return found.sort();
}

export function pageName(root, path) {
    return relative(root, path).split(sep).join('/');
}

export function fileUrl(path) {
    return pathToFileURL(path).href;
}

// Problems collected over a whole test; finish() prints them and sets the exit status.
export class Failures {
    constructor(testName) {
        this.testName = testName;
        this.list = [];
        this.checks = 0;
    }

    check(condition, message) {
        this.checks += 1;
        if (!condition) {
            this.list.push(message);
        }
        return condition;
    }

    fail(message) {
        this.check(false, message);
    }

    finish() {
        if (this.checks === 0) {
            this.list.push('no check ran');
        }
        for (const message of this.list) {
            console.error(`FAIL: ${message}`);
        }
        const failed = this.list.length;
        console.log(`${this.testName}: ${this.checks - failed} passed, ${failed} failed`);
        process.exitCode = failed ? 1 : 0;
    }
}

// Debian's Chromium, headless. The extra switches keep it from reaching for Google's services at
// start, which a machine without a network refuses many times over.
export async function launchChromium() {
    const playwright = await import(fileUrl(resolvePackage('playwright-core')));
    const { chromium } = playwright.default ?? playwright;
    return chromium.launch({
        executablePath: process.env.CORKBOARD_CHROMIUM || '/usr/bin/chromium',
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
}

export const viewports = {
    desktop: { viewport: { width: 1280, height: 800 } },
    phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

// Fails every request of the context that leaves the export folder: a page must work from the
// disk and on any host, with no font, script or image from another site. data: URLs stay in the
// page. Those requests are answered with an error, so none of them reaches the network either.
export async function guardRequests(context, root, failures) {
    const inside = fileUrl(root) + '/';
    const allowed = (url) => url.startsWith(inside) || url.startsWith('data:');
    context.on('request', (request) => {
        failures.check(allowed(request.url()),
                       `${request.frame()?.url() ?? '?'} requested ${request.url()} (outside ${root})`);
    });
    await context.route((url) => !allowed(url.href), (route) => route.abort('blockedbyclient'));
}

// Scrolls through the page so that every lazy image is fetched, then waits for all of them.
export async function loadEveryImage(page) {
    await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        window.scrollTo(0, 0);
        for (const img of document.images) {
            img.loading = 'eager';
        }
        await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
    });
}

// Runs `test` and turns an exception into a failure, so that the list printed says what broke.
export async function run(failures, test) {
    try {
        await test();
    } catch (error) {
        failures.fail(`${error.stack ?? error}`);
    }
    failures.finish();
}
