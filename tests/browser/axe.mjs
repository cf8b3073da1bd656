// Every page of the exported sites (the event's, a gallery's and an entry's) in headless Chromium,
// at a desktop's and a phone's size, through axe-core with the WCAG 2.0 and 2.1 A and AA rules: no
// violation may remain, and text whose contrast axe cannot decide is measured here. Also: every
// image has an alt attribute (and one that says something where the image is all a link shows),
// the keyboard reaches the skip link first and every element it focuses shows a focus ring, a phone
// never has to scroll sideways, the open lightbox passes axe too, and no page asks for anything
// outside its export folder.
//
//   node axe.mjs FIXTURE_DIR
import {
    Failures, fileUrl, filesUnder, guardRequests, launchChromium, loadEveryImage, loadFixture,
    pageName, resolvePackage, run, viewports,
} from './lib/site.mjs';

const failures = new Failures('axe');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe's results on the page: its violations, and the text whose contrast it could not decide.
async function runAxe(page) {
    if (!(await page.evaluate(() => 'axe' in window))) {
        await page.addScriptTag({ path: resolvePackage('axe-core', 'axe.min.js') });
    }
    const results = await page.evaluate(
        (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'] }),
        tags);
    const undecided = results.incomplete.filter((result) => result.id === 'color-contrast')
        .flatMap((result) => result.nodes.map((node) => node.target));
    return { violations: results.violations, undecided };
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

// Text whose contrast axe leaves undecided (a caption on a note that a neighbour's photo overlaps,
// say) is measured here against the colours painted behind it: the background colours of the
// element and its ancestors, blended from the first opaque one (else white) up. WCAG 1.4.3:
// 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
async function checkUndecidedContrast(page, where, targets) {
    const measured = await page.evaluate((selectors) => {
        const parse = (css) => {
            const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
            return { r, g, b, a };
        };
        const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a),
            g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a),
            a: 1,
        });
        const luminance = ({ r, g, b }) => {
            const channel = (c) => {
                const s = c / 255;
                return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            };
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        return selectors.map((selector) => {
            const element = document.querySelector(selector.join(' '));
            if (!element) {
                return { selector: selector.join(' '), missing: true };
            }
            const layers = [];
            for (let node = element; node; node = node.parentElement) {
                const background = parse(getComputedStyle(node).backgroundColor);
                if (background.a > 0) {
                    layers.push(background);
                }
                if (background.a >= 1) {
                    break;
                }
            }
            const behind = layers.reverse().reduce((bottom, top) => over(top, bottom), { r: 255, g: 255, b: 255, a: 1 });
            const style = getComputedStyle(element);
            const ink = over(parse(style.color), behind);
            const [light, dark] = [luminance(ink), luminance(behind)].sort((a, b) => b - a);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
            return {
                selector: selector.join(' '), text: element.textContent.trim().slice(0, 60),
                ratio: (light + 0.05) / (dark + 0.05), needed: large ? 3 : 4.5,
            };
        });
    }, targets);
    for (const result of measured) {
        if (result.missing) {
            continue;
        }
        failures.check(result.ratio >= result.needed,
                       `${where}: contrast ${result.ratio.toFixed(2)}:1 (needs ${result.needed}:1) of «${result.text}» at ${result.selector}`);
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
        const axe = await runAxe(page);
        reportViolations(where, axe.violations);
        await checkUndecidedContrast(page, where, axe.undecided);
        await checkAltTexts(page, where);
        if (size === 'desktop') {
            await checkKeyboardFocus(page, where);
        } else {
            await checkNoSidewaysScroll(page, where);
        }
        if (await openFirstPhoto(page)) {
            const open = await runAxe(page);
            reportViolations(`${where}, lightbox open`, open.violations);
            await checkUndecidedContrast(page, `${where}, lightbox open`, open.undecided);
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
