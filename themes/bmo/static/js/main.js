// Progressive enhancement only: the site works fully without this file.
// - "#" permalinks next to each ask copy the ask's absolute URL to the clipboard (and still navigate to it).
// - The share sheet button appears where the browser has one (navigator.share).
// - The language switch keeps the #fragment (ask anchors are the same in every language).
(function () {
  "use strict";
  var body = document.body;
  var status = document.createElement("p");
  status.className = "bmo-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  body.appendChild(status);
  var timer;

  function announce(text) {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = ""; }, 3000);
  }

  function absolute(href) {
    return new URL(href, window.location.href).href;
  }

  document.querySelectorAll("a[data-permalink]").forEach(function (link) {
    link.setAttribute("title", body.getAttribute("data-copy") || "");
    link.addEventListener("click", function () {
      var url = absolute(link.getAttribute("href"));
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () {
          link.setAttribute("data-state", "copied");
          announce(body.getAttribute("data-copied") || url);
          setTimeout(function () { link.removeAttribute("data-state"); }, 3000);
        }, function () { /* no clipboard permission: the link still navigates */ });
      }
    });
  });

  if (navigator.share) {
    document.querySelectorAll("[data-share]").forEach(function (button) {
      button.closest("[hidden]") && button.closest("[hidden]").removeAttribute("hidden");
      button.addEventListener("click", function () {
        navigator.share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
          .catch(function () { /* dismissed */ });
      });
    });
  }

  document.querySelectorAll("a[data-keep-fragment]").forEach(function (link) {
    link.addEventListener("click", function () {
      if (window.location.hash && link.href.indexOf("#") < 0) link.href = link.href + window.location.hash;
    });
  });
})();
