/* Corkboard's lightbox: a click on a photo link (a[data-lightbox]) opens its large image
   full-screen, with its caption, an optional EXIF line and its neighbours in the same group
   (a gallery, an event's photos, an entry's photos). Keys: Left/Right move, Home/End jump, Esc
   closes and gives the focus back to the link that opened it; Tab stays inside the dialog; a
   swipe moves on a touch screen. Without this script every link simply opens the large image. */
(function () {
  "use strict";

  var box = document.getElementById("lightbox");
  if (!box || !document.querySelectorAll || !Array.prototype.filter) {
    return;
  }
  var frame = box.querySelector(".lightbox-frame");
  var textLine = box.querySelector(".lightbox-text");
  var exifLine = box.querySelector(".lightbox-exif");
  var positionLine = box.querySelector(".lightbox-position");
  var originalLink = box.querySelector(".lightbox-original");
  var previousButton = box.querySelector(".lightbox-prev");
  var nextButton = box.querySelector(".lightbox-next");
  var closeButton = box.querySelector(".lightbox-close");
  var positionText = box.getAttribute("data-position") || "{index} / {count}";

  var group = [];
  var index = 0;
  var opener = null;
  var outside = [];

  function linksOf(name) {
    var all = document.querySelectorAll("a[data-lightbox]");
    return Array.prototype.filter.call(all, function (link) {
      return link.getAttribute("data-lightbox") === name;
    });
  }

  function show(newIndex) {
    index = (newIndex + group.length) % group.length;
    var link = group[index];
    var thumbnail = link.querySelector("img");
    var image = document.createElement("img");
    image.src = link.getAttribute("href");
    image.alt = thumbnail ? thumbnail.alt : "";
    frame.replaceChildren(image);
    textLine.textContent = link.getAttribute("data-caption") || "";
    exifLine.textContent = link.getAttribute("data-exif") || "";
    if (originalLink) {
      var original = link.getAttribute("data-original");
      originalLink.hidden = !original;
      if (original) {
        originalLink.setAttribute("href", original);
      } else {
        originalLink.removeAttribute("href");
      }
    }
    positionLine.textContent = group.length > 1
      ? positionText.replace("{index}", String(index + 1)).replace("{count}", String(group.length))
      : "";
    // The neighbours load while this one is looked at.
    [index - 1, index + 1].forEach(function (i) {
      if (group.length > 1) {
        new Image().src = group[(i + group.length) % group.length].getAttribute("href");
      }
    });
  }

  function setOutsideInert(inert) {
    if (inert) {
      outside = Array.prototype.filter.call(document.body.children, function (element) {
        return element !== box && element.tagName !== "SCRIPT" && !element.inert;
      });
    }
    outside.forEach(function (element) {
      element.inert = inert;
      if (inert) {
        element.setAttribute("aria-hidden", "true");
      } else {
        element.removeAttribute("aria-hidden");
      }
    });
    if (!inert) {
      outside = [];
    }
  }

  function open(link) {
    opener = link;
    group = linksOf(link.getAttribute("data-lightbox"));
    var several = group.length > 1;
    previousButton.hidden = !several;
    nextButton.hidden = !several;
    show(Math.max(0, group.indexOf(link)));
    box.hidden = false;
    document.body.classList.add("lightbox-open");
    setOutsideInert(true);
    closeButton.focus();
  }

  function close() {
    if (box.hidden) {
      return;
    }
    box.hidden = true;
    frame.replaceChildren();
    document.body.classList.remove("lightbox-open");
    setOutsideInert(false);
    if (opener) {
      opener.focus();
    }
  }

  function focusable() {
    return Array.prototype.filter.call(box.querySelectorAll("button, a[href]"), function (item) {
      return !item.hidden;
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-lightbox]") : null;
    // A click with a modifier opens the image in a new tab, as any link does.
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey ||
        event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    open(link);
  });

  previousButton.addEventListener("click", function () { show(index - 1); });
  nextButton.addEventListener("click", function () { show(index + 1); });
  closeButton.addEventListener("click", close);
  box.addEventListener("click", function (event) {
    // A click on the dark backdrop closes, as Esc does.
    if (event.target === box || event.target === frame) {
      close();
    }
  });

  // On the document: the keys work wherever the focus is while the lightbox is open.
  document.addEventListener("keydown", function (event) {
    if (box.hidden) {
      return;
    }
    switch (event.key) {
      case "Escape":
        event.preventDefault();
        close();
        break;
      case "ArrowLeft":
        event.preventDefault();
        show(index - 1);
        break;
      case "ArrowRight":
        event.preventDefault();
        show(index + 1);
        break;
      case "Home":
        event.preventDefault();
        show(0);
        break;
      case "End":
        event.preventDefault();
        show(group.length - 1);
        break;
      case "Tab": {
        // The focus stays in the dialog: from the last button to the first, and back.
        var items = focusable();
        var at = items.indexOf(document.activeElement);
        var next = event.shiftKey ? at - 1 : at + 1;
        event.preventDefault();
        items[(next + items.length) % items.length].focus();
        break;
      }
      default:
        break;
    }
  });

  var touchX = null;
  var touchY = null;
  box.addEventListener("touchstart", function (event) {
    if (event.touches.length === 1) {
      touchX = event.touches[0].clientX;
      touchY = event.touches[0].clientY;
    }
  }, { passive: true });
  box.addEventListener("touchend", function (event) {
    if (touchX === null || event.changedTouches.length !== 1) {
      return;
    }
    var dx = event.changedTouches[0].clientX - touchX;
    var dy = event.changedTouches[0].clientY - touchY;
    touchX = null;
    // A swipe sideways, clearly more than up or down.
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy) && group.length > 1) {
      show(dx < 0 ? index + 1 : index - 1);
    }
  });
})();
