// The lightbox of the exported site as a visitor uses it, in headless Chromium from the disk
// (file://): click a sticky note, the full-screen dialog shows the note's largest image, the arrow
// keys move to the next and previous photo, a swipe too on a phone, Tab stays in the dialog, Esc
// closes it and gives the focus back to the note. The `<script>` caption shows as text and never
// runs. Without JavaScript every note is a plain link to the large image.
//
//   node lightbox.mjs FIXTURE_DIR
//
// With CORKBOARD_SCREENSHOTS_OUT set to a folder, saves export-index.png (the index page),
// export-gallery.png (the sticky notes) and export-lightbox.png (the open lightbox) there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    Failures, fileUrl, filesUnder, guardRequests, launchChromium, loadFixture, pageName, run, viewports,
} from './lib/site.mjs';

const failures = new Failures('lightbox');
const screenshots = process.env.CORKBOARD_SCREENSHOTS_OUT;
const photoLinks = 'main a[href^="images/"]:has(img)';
const openDialog = '[role="dialog"]:visible, dialog[open]';

// A new page that fails the test on any alert, script error or console error.
async function watchedPage(context, where) {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
        failures.fail(`${where}: a ${dialog.type()} opened: «${dialog.message()}»`);
        dialog.dismiss();
    });
    page.on('pageerror', (error) => failures.fail(`${where}: script error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            failures.fail(`${where}: console error: ${message.text()}`);
        }
    });
    return page;
}

// What a note links to, and the largest image its srcset offers (absolute URLs).
function linkTargets(link) {
    return link.evaluate((a) => {
        const img = a.querySelector('img');
        const candidates = (img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim()).filter(Boolean)
            .map((part) => {
                const [url, descriptor = ''] = part.split(/\s+/);
                return { url: new URL(url, document.baseURI).href, width: parseInt(descriptor, 10) || 0 };
            });
        candidates.sort((a, b) => a.width - b.width);
        const largest = candidates.at(-1) ?? { url: '', width: 0 };
        return { href: a.href, largest: largest.url, largestWidth: largest.width, srcsetCount: candidates.length };
    });
}

// Waits until the open dialog shows `url`, decoded; returns its natural size.
async function waitForLightboxImage(page, url, where) {
    try {
        return await page.waitForFunction((expected) => {
            const dialog = [...document.querySelectorAll('[role="dialog"], dialog')].find((d) => d.checkVisibility());
            const img = dialog && [...dialog.querySelectorAll('img')].find((i) => i.checkVisibility());
            if (!img || !img.complete || img.naturalWidth === 0) {
                return false;
            }
            return (img.currentSrc || img.src) === expected && { width: img.naturalWidth, height: img.naturalHeight };
        }, url, { timeout: 10000 }).then((handle) => handle.jsonValue());
    } catch {
        const shown = await page.evaluate(() => [...document.querySelectorAll('[role="dialog"] img, dialog img')]
            .map((i) => `${i.currentSrc || i.src} (${i.checkVisibility() ? 'visible' : 'hidden'}, ${i.naturalWidth}px)`));
        failures.fail(`${where}: the lightbox does not show ${url}; its images: ${shown.join(', ') || 'none'}`);
        return null;
    }
}

// Whether the lightbox closes within a few seconds (it may fade out first).
async function dialogCloses(page) {
    return page.waitForFunction(() => ![...document.querySelectorAll('[role="dialog"], dialog')].some((d) => d.checkVisibility()),
                                null, { timeout: 3000 }).then(() => true, () => false);
}

async function focusIsInDialog(page) {
    return page.evaluate(() => {
        const dialog = [...document.querySelectorAll('[role="dialog"], dialog')].find((d) => d.checkVisibility());
        return !!dialog && dialog.contains(document.activeElement);
    });
}

// Saves a screenshot when CORKBOARD_SCREENSHOTS_OUT names a folder: once every image on screen is
// decoded and the lightbox's fade has ended. `fullPageUpTo`: the whole page, cut at that height.
async function save(page, name, fullPageUpTo = 0) {
    if (!screenshots) {
        return;
    }
    await page.evaluate(async () => {
        const onScreen = [...document.images].filter((img) => img.checkVisibility());
        for (const img of onScreen) {
            img.loading = 'eager';
        }
        await Promise.all(onScreen.map((img) => img.decode().catch(() => null)));
        await Promise.all(document.getAnimations().map((animation) => animation.finished));
    });
    const viewport = page.viewportSize();
    const height = fullPageUpTo ? Math.min(fullPageUpTo, await page.evaluate(() => document.documentElement.scrollHeight)) : 0;
    await page.screenshot({
        path: join(screenshots, name),
        ...(height ? { fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } } : {}),
    });
    console.log(`saved ${join(screenshots, name)}`);
}

// The gallery page whose notes carry the `<script>` caption (as the exported HTML escapes it).
function scriptGalleryPage(fixture) {
    const escaped = fixture.scriptCaption.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return filesUnder(fixture.html, '.html').find((path) => pageName(fixture.html, path).startsWith('gallery-') &&
                                                          readFileSync(path, 'utf8').includes(escaped));
}

async function lightboxByKeyboard(context, fixture, galleryPath) {
    const where = `${pageName(fixture.html, galleryPath)} (desktop)`;
    const page = await watchedPage(context, where);
    await page.goto(fileUrl(galleryPath));
    await save(page, 'export-gallery.png');
    const notes = page.locator(photoLinks);
    const count = await notes.count();
    if (!failures.check(count >= 3, `${where}: ${count} notes, expected the fixture's 6`)) {
        return;
    }
    const targets = [];
    for (let i = 0; i < 3; ++i) {
        targets.push(await linkTargets(notes.nth(i)));
        failures.check(targets[i].srcsetCount >= 2, `${where}: note ${i} has no srcset of several sizes`);
        failures.check(targets[i].href === targets[i].largest,
                       `${where}: note ${i} links to ${targets[i].href}, not to its largest image ${targets[i].largest}`);
    }
    failures.check(await page.getByText(fixture.scriptCaption).count() > 0,
                   `${where}: the caption ${fixture.scriptCaption} is not on the page as text`);

    await notes.nth(0).click();
    const opened = await page.locator(openDialog).first().waitFor({ timeout: 10000 }).then(() => true, () => false);
    if (!failures.check(opened, `${where}: clicking a note opened no visible [role=dialog]`)) {
        return;
    }
    const shown = await waitForLightboxImage(page, targets[0].href, `${where}, note 0`);
    if (shown) {
        failures.check(shown.width === targets[0].largestWidth || shown.height === targets[0].largestWidth,
                       `${where}: the lightbox image is ${shown.width}x${shown.height}, the srcset's largest ${targets[0].largestWidth}w`);
    }
    const dialog = page.locator(openDialog).first();
    failures.check((await dialog.innerText()).includes(fixture.scriptCaption),
                   `${where}: the lightbox does not show the caption ${fixture.scriptCaption} as text`);
    const box = await dialog.boundingBox();
    const viewport = page.viewportSize();
    failures.check(box && box.width >= viewport.width * 0.95 && box.height >= viewport.height * 0.95,
                   `${where}: the lightbox is not full screen: ${JSON.stringify(box)} in ${JSON.stringify(viewport)}`);
    failures.check(await focusIsInDialog(page), `${where}: the focus is not in the open lightbox`);
    for (let i = 0; i < 8; ++i) {
        await page.keyboard.press('Tab');
        if (!failures.check(await focusIsInDialog(page), `${where}: Tab ${i + 1} left the open lightbox`)) {
            break;
        }
    }

    await page.keyboard.press('ArrowRight');
    await waitForLightboxImage(page, targets[1].href, `${where}, ArrowRight to note 1`);
    await page.keyboard.press('ArrowRight');
    await waitForLightboxImage(page, targets[2].href, `${where}, ArrowRight to note 2`);
    await save(page, 'export-lightbox.png');
    await page.keyboard.press('ArrowLeft');
    await waitForLightboxImage(page, targets[1].href, `${where}, ArrowLeft to note 1`);
    await page.keyboard.press('ArrowLeft');
    await waitForLightboxImage(page, targets[0].href, `${where}, ArrowLeft to note 0`);

    await page.keyboard.press('Escape');
    failures.check(await dialogCloses(page), `${where}: Escape did not close the lightbox`);
    failures.check(await notes.nth(0).evaluate((a) => a === document.activeElement),
                   `${where}: after Escape the focus is not back on the note that opened the lightbox`);
    failures.check(await page.evaluate(() => ![...document.scripts].some((s) => s.textContent.includes('alert(1)'))),
                   `${where}: a <script> element holds the caption's alert(1)`);
    await page.close();
}

// On a phone: a tap opens the lightbox, a swipe to the left shows the next photo.
async function lightboxBySwipe(context, fixture, galleryPath) {
    const where = `${pageName(fixture.html, galleryPath)} (phone)`;
    const page = await watchedPage(context, where);
    await page.goto(fileUrl(galleryPath));
    const notes = page.locator(photoLinks);
    const first = await linkTargets(notes.nth(0));
    const second = await linkTargets(notes.nth(1));
    await notes.nth(0).tap();
    if (!(await waitForLightboxImage(page, first.href, `${where}, tap on note 0`))) {
        return;
    }
    const viewport = page.viewportSize();
    const y = viewport.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', {
        type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
    await touch('touchStart', viewport.width * 0.8);
    for (let step = 1; step <= 6; ++step) {
        await touch('touchMove', viewport.width * (0.8 - 0.1 * step));
    }
    await touch('touchEnd');
    await waitForLightboxImage(page, second.href, `${where}, swipe left to note 1`);
    await page.close();
}

// Every page (the index, the entry, the galleries): its first photo opens the lightbox on its own
// large image, and Esc gives the focus back. The index's screenshot for the README.
async function everyPageOpensItsPhotos(context, fixture) {
    for (const path of filesUnder(fixture.html, '.html')) {
        const where = `${pageName(fixture.html, path)} (desktop)`;
        const page = await watchedPage(context, where);
        await page.goto(fileUrl(path));
        if (pageName(fixture.html, path) === 'index.html') {
            await save(page, 'export-index.png', 1600);
        }
        const photos = page.locator(photoLinks);
        if (!failures.check(await photos.count() > 0, `${where}: no photo links to open`)) {
            await page.close();
            continue;
        }
        const target = await linkTargets(photos.first());
        await photos.first().click();
        await waitForLightboxImage(page, target.href, `${where}, first photo`);
        await page.keyboard.press('Escape');
        failures.check(await dialogCloses(page), `${where}: Escape did not close the lightbox`);
        failures.check(await photos.first().evaluate((a) => a === document.activeElement),
                       `${where}: after Escape the focus is not back on the photo`);
        await page.close();
    }
}

// JavaScript off: a note is a plain link, and following it shows the large image itself.
async function withoutJavaScript(browser, fixture, paths) {
    const context = await browser.newContext({ ...viewports.desktop, javaScriptEnabled: false });
    await guardRequests(context, fixture.html, failures);
    for (const path of paths) {
        const where = `${pageName(fixture.html, path)} (no JavaScript)`;
        const page = await watchedPage(context, where);
        await page.goto(fileUrl(path));
        const notes = page.locator(photoLinks);
        if (!failures.check(await notes.count() > 0, `${where}: no photo links`)) {
            continue;
        }
        const target = await linkTargets(notes.first());
        await notes.first().click();
        const followed = await page.waitForURL(target.href, { timeout: 10000 }).then(() => true, () => false);
        failures.check(followed, `${where}: clicking a note went to ${page.url()}, not to ${target.href}`);
        failures.check(existsSync(new URL(target.href).pathname), `${where}: ${target.href} does not exist`);
        failures.check(target.href === target.largest, `${where}: the note links to ${target.href}, not to the largest image`);
        await page.close();
    }
    await context.close();
}

await run(failures, async () => {
    const fixture = loadFixture();
    const galleryPath = scriptGalleryPage(fixture);
    if (!failures.check(!!galleryPath, `no gallery page in ${fixture.html} shows the caption ${fixture.scriptCaption}`)) {
        return;
    }
    const browser = await launchChromium();
    try {
        const desktop = await browser.newContext(viewports.desktop);
        await guardRequests(desktop, fixture.html, failures);
        await everyPageOpensItsPhotos(desktop, fixture);
        await lightboxByKeyboard(desktop, fixture, galleryPath);
        await desktop.close();

        const phone = await browser.newContext(viewports.phone);
        await guardRequests(phone, fixture.html, failures);
        await lightboxBySwipe(phone, fixture, galleryPath);
        await phone.close();

        await withoutJavaScript(browser, fixture, filesUnder(fixture.html, '.html'));
    } finally {
        await browser.close();
    }
});
