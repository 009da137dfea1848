// Progressive enhancement only: the site works fully without this file.
// - Each ask's permalink ("Copy link to point 2.1") still goes to the ask; with this script it also puts the ask's
//   absolute URL on the clipboard. The URL is the page's canonical URL plus the ask's #id, so a reader never passes
//   on a query string (trackers) or a preview host.
// - The share sheet button appears where the browser has one (navigator.share).
// - The language switch keeps the #fragment (ask anchors are the same in every language).
(function () {
  "use strict";
  var body = document.body;
  var status = document.createElement("p");
  status.className = "bmo-status";
  status.setAttribute("role", "status");
  body.appendChild(status);
  var timer;

  function announce(text) {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function pageUrl() {
    var canonical = document.querySelector('link[rel="canonical"]');
    if (canonical && canonical.href) return canonical.href.split("#")[0];
    return window.location.href.split("#")[0].split("?")[0];
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return Promise.reject(new Error("no clipboard"));
  }

  document.querySelectorAll("a[data-permalink]").forEach(function (link) {
    link.addEventListener("click", function () {
      // No preventDefault: the link still goes to the ask, so it is highlighted (:target) and in the address bar.
      var url = pageUrl() + "#" + link.getAttribute("data-permalink");
      copy(url).then(function () {
        link.setAttribute("data-state", "copied");
        announce(body.getAttribute("data-copied") || url);
        setTimeout(function () { link.removeAttribute("data-state"); }, 4000);
      }, function () { /* no clipboard access: the address bar holds the link */ });
    });
  });

  if (navigator.share) {
    document.querySelectorAll("[data-share]").forEach(function (button) {
      var hidden = button.closest("[hidden]");
      if (hidden) hidden.removeAttribute("hidden");
      button.addEventListener("click", function () {
        navigator.share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
          .catch(function () { /* dismissed */ });
      });
    });
  }

  document.querySelectorAll("a[data-keep-fragment]").forEach(function (link) {
    function keep() {
      var hash = window.location.hash;
      if (hash.length > 1) link.href = link.href.split("#")[0] + hash;
    }
    link.addEventListener("click", keep);
    link.addEventListener("focus", keep);
    link.addEventListener("mouseover", keep);
  });
})();
