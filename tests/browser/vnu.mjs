// Every page of the exported site, and its CSS, through the W3C Nu HTML checker (vnu.jar, run by
// the machine's Java): no error may remain.
//
//   node vnu.mjs FIXTURE_DIR
import { spawnSync } from 'node:child_process';
import { Failures, filesUnder, loadFixture, pageName, resolvePackage, run } from './lib/site.mjs';

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

function describe(root, message) {
    const where = message.url ? pageName(root, new URL(message.url).pathname) : '?';
    const line = message.lastLine ? `:${message.lastLine}` : '';
    const extract = message.extract ? ` near «${message.extract.replace(/\s+/g, ' ').trim()}»` : '';
    return `${where}${line}: ${message.message}${extract}`;
}

await run(failures, async () => {
    const fixture = loadFixture();
    const pages = filesUnder(fixture.html, '.html');
    const styles = filesUnder(fixture.html, '.css');
    // index, the entry and the two galleries at least: fewer means the export lost pages.
    failures.check(pages.length >= 4, `only ${pages.length} pages in ${fixture.html}`);
    failures.check(styles.length >= 1, `no CSS in ${fixture.html}`);

    // One start of Java for both: --also-check-css takes the .css files as CSS.
    const files = [...pages, ...styles];
    const messages = vnu(files, ['--also-check-css']);
    for (const message of messages) {
        // --errors-only keeps errors and the checker's own failures (a file it cannot read).
        failures.fail(describe(fixture.html, message));
    }
    for (const file of files) {
        failures.check(true, `${pageName(fixture.html, file)} checked`);
    }
    console.log(`vnu: ${pages.length} pages and ${styles.length} style sheets checked`);
});
