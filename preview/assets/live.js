// Quire's live preview: reload this page when a rebuild changed it.
// Each page is served with its version (data-version, also its ETag); on
// every rebuild, and on every (re)connection, the page asks for its ETag
// and reloads when it differs, keeping the scroll position. A hidden tab
// lets go of its event stream (browsers allow few connections per server)
// and checks when it is shown again.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? script.getAttribute("data-version") : "";
  var key = "quire-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }
  var busy = false, again = false;
  function check() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.pathname + location.search, { method: "HEAD", cache: "no-store" }).then(function (r) {
      var etag = (r.headers.get("ETag") || "").replace(/^W\//, "").replace(/"/g, "");
      if (etag !== "" && etag !== version) {
        sessionStorage.setItem(key, String(window.scrollY));
        location.reload();
        return;
      }
      busy = false;
      if (again) { again = false; check(); }
    }, function () { busy = false; });
  }
  var source = null;
  function connect() {
    if (source !== null) { return; }
    source = new EventSource("/_quire/events");
    source.addEventListener("build", check);
    source.addEventListener("open", check);
  }
  function disconnect() {
    if (source !== null) { source.close(); source = null; }
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { disconnect(); } else { connect(); }
  });
  if (!document.hidden) { connect(); }
})();
