// Every page of the exported sites (the event's, a gallery's and an entry's) in headless Chromium,
// at a desktop's and a phone's size, through axe-core with the WCAG 2.0 and 2.1 A and AA rules: no
// violation may remain. Also: every image has an alt attribute (and one that says something where
// the image is all a link shows), the keyboard reaches the skip link first and every element it
// focuses shows a focus ring, a phone never has to scroll sideways, the open lightbox passes axe
// too, and no page asks for anything outside its export folder.
//
//   node axe.mjs FIXTURE_DIR
import {
    Failures, fileUrl, filesUnder, guardRequests, launchChromium, loadEveryImage, loadFixture,
    pageName, resolvePackage, run, viewports,
} from './lib/site.mjs';

const failures = new Failures('axe');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page, context) {
    if (!(await page.evaluate(() => 'axe' in window))) {
        await page.addScriptTag({ path: resolvePackage('axe-core', 'axe.min.js') });
    }
    const results = await page.evaluate(
        ([values, selector]) => window.axe.run(selector ? document.querySelector(selector) : document,
                                               { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
        [tags, context]);
    return results.violations;
}

function reportViolations(where, violations) {
    failures.check(true, `${where}: axe ran`);
    for (const violation of violations) {
        for (const node of violation.nodes) {
            failures.fail(`${where}: ${violation.id} (${violation.impact}): ${violation.help} — ` +
                          `${node.target.join(' ')}: ${node.html.slice(0, 200)}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`);
        }
    }
}

// Images without alt, and images that are the only content of a link but say nothing.
async function checkAltTexts(page, where) {
    const problems = await page.evaluate(() => {
        const found = [];
        for (const img of document.querySelectorAll('img')) {
            const link = img.closest('a');
            if (!img.hasAttribute('alt')) {
                found.push(`img without alt: ${img.outerHTML.slice(0, 160)}`);
            } else if (link && img.alt.trim() === '' && link.textContent.trim() === '' && !link.getAttribute('aria-label')) {
                found.push(`link whose only image has an empty alt: ${link.outerHTML.slice(0, 160)}`);
            }
        }
        return found;
    });
    failures.check(true, `${where}: alt texts checked`);
    for (const problem of problems) {
        failures.fail(`${where}: ${problem}`);
    }
}

// Tab from the top: the skip link comes first and shows itself, and everything focused after it
// (up to 40 stops) has a visible focus indicator: an outline or a box shadow that it has not
// without focus.
async function checkKeyboardFocus(page, where) {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        return {
            tag: el.tagName, href: el.getAttribute('href') ?? '', text: el.textContent.trim(),
            visible: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
        };
    });
    failures.check(first.tag === 'A' && first.href.startsWith('#'),
                   `${where}: the first Tab stop is not a skip link to the content (${first.tag} ${first.href} «${first.text}»)`);
    failures.check(first.visible, `${where}: the skip link does not show when focused`);

    for (let stop = 0; stop < 40; ++stop) {
        const state = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) {
                return null;
            }
            const look = () => {
                const style = getComputedStyle(el);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
                    ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none';
                return { outline, shadow: style.boxShadow };
            };
            // The same element with and without focus: a note's shadow is no focus ring.
            const focused = look();
            el.blur();
            const unfocused = look();
            el.focus({ focusVisible: true });
            const ring = (focused.outline !== 'none' && focused.outline !== unfocused.outline) ||
                         focused.shadow !== unfocused.shadow;
            return { ring, html: el.outerHTML.slice(0, 160) };
        });
        if (!state) {
            break;
        }
        failures.check(state.ring, `${where}: no visible focus indicator on ${state.html}`);
        await page.keyboard.press('Tab');
    }
}

// On a phone the page fits the screen's width: nothing to scroll sideways (WCAG 1.4.10 reflow).
async function checkNoSidewaysScroll(page, where) {
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    failures.check(widths.page <= widths.screen,
                   `${where}: the page is ${widths.page} px wide on a ${widths.screen} px screen and scrolls sideways`);
}

async function openFirstPhoto(page) {
    const links = page.locator('main a[href^="images/"]:has(img)');
    if ((await links.count()) === 0) {
        return false;
    }
    await links.first().click();
    await page.locator('[role="dialog"]:visible, dialog[open]').first().waitFor({ state: 'visible', timeout: 5000 });
    return true;
}

async function checkPage(context, where, path, size) {
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.fail(`${where}: script error: ${error.message}`));
    page.on('dialog', (dialog) => {
        failures.fail(`${where}: a ${dialog.type()} opened: «${dialog.message()}»`);
        dialog.dismiss();
    });
    try {
        await page.goto(fileUrl(path));
        await loadEveryImage(page);
        reportViolations(where, await axeViolations(page));
        await checkAltTexts(page, where);
        if (size === 'desktop') {
            await checkKeyboardFocus(page, where);
        } else {
            await checkNoSidewaysScroll(page, where);
        }
        if (await openFirstPhoto(page)) {
            reportViolations(`${where}, lightbox open`, await axeViolations(page));
        }
    } catch (error) {
        failures.fail(`${where}: ${error.message}`);
    }
    await page.close();
}

await run(failures, async () => {
    const fixture = loadFixture();
    let pageCount = 0;
    const browser = await launchChromium();
    try {
        for (const site of fixture.sites) {
            const pages = filesUnder(site.root, '.html');
            failures.check(pages.length >= 1, `no pages in ${site.root}`);
            pageCount += pages.length;
            for (const [size, options] of Object.entries(viewports)) {
                // A context per site: each is an export folder of its own, which its pages may not leave.
                const context = await browser.newContext(options);
                await guardRequests(context, site.root, failures);
                for (const path of pages) {
                    await checkPage(context, `${site.name} site: ${pageName(site.root, path)} (${size})`, path, size);
                }
                await context.close();
            }
        }
    } finally {
        await browser.close();
    }
    console.log(`axe: ${pageCount} pages at ${Object.keys(viewports).join(' and ')} sizes`);
});
