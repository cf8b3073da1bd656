// Every page of the exported sites (the event's, a gallery's and an entry's), and their CSS,
// through the W3C Nu HTML checker (vnu.jar, run by the machine's Java): no error may remain.
//
//   node vnu.mjs FIXTURE_DIR
import { spawnSync } from 'node:child_process';
import { Failures, filesUnder, loadFixture, resolvePackage, run } from './lib/site.mjs';

const failures = new Failures('vnu');

// One run of vnu.jar over `files`; its JSON report's messages. --exit-zero-always: an error is
// told by the report, not by the status, which stays for failures to start.
function vnu(files, extraArgs) {
    const jar = resolvePackage('vnu-jar', 'build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout',
                                      '--exit-zero-always', ...extraArgs, ...files],
                             { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) {
        throw new Error(`cannot run java (install default-jre-headless, scripts/install-deps does): ${result.error.message}`);
    }
    if (result.status !== 0) {
        throw new Error(`vnu.jar exited with ${result.status}: ${result.stderr}`);
    }
    return JSON.parse(result.stdout).messages;
}

function describe(message) {
    const where = message.url ? new URL(message.url).pathname : '?';
    const line = message.lastLine ? `:${message.lastLine}` : '';
    const extract = message.extract ? ` near «${message.extract.replace(/\s+/g, ' ').trim()}»` : '';
    return `${where}${line}: ${message.message}${extract}`;
}

await run(failures, async () => {
    const fixture = loadFixture();
    const files = [];
    let pageCount = 0;
    let styleCount = 0;
    for (const site of fixture.sites) {
        const pages = filesUnder(site.root, '.html');
        const styles = filesUnder(site.root, '.css');
        // The event's site has its index, the entry and the two galleries: fewer means the export
        // lost pages. The others have their index at least.
        const expected = site.name === 'event' ? 4 : 1;
        failures.check(pages.length >= expected, `only ${pages.length} pages in ${site.root}`);
        failures.check(styles.length >= 1, `no CSS in ${site.root}`);
        files.push(...pages, ...styles);
        pageCount += pages.length;
        styleCount += styles.length;
    }
    // One start of Java for all: --also-check-css takes the .css files as CSS.
    for (const message of vnu(files, ['--also-check-css'])) {
        // --errors-only keeps errors and the checker's own failures (a file it cannot read).
        failures.fail(describe(message));
    }
    for (const file of files) {
        failures.check(true, `${file} checked`);
    }
    console.log(`vnu: ${pageCount} pages and ${styleCount} style sheets in ${fixture.sites.length} sites checked`);
});
