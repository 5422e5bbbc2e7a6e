// Suara Warga's service worker: keeps a questionnaire page and its scripts so a page opened once still opens, and
// its form can still be filled in, without signal (residents: scope /s/; field officers: scope /lapangan/). Pages ask
// for it; nothing depends on it. It only reads: answers kept offline are stored and sent by the pages (offline.js,
// field.js), never by this worker.
var CACHE = 'suara-warga-1';
var ASSETS = ['/survey.js', '/offline.js', '/field.js'];
// the pages worth keeping: a questionnaire's form (never its thank-you page or an answer posted back) and a field
// officer's interview form (registered for the scope /lapangan/ on the officer's tablet)
var PAGE = /^\/(s\/[^/]+|lapangan\/kuesioner\/\d+)$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); })
    .then(function () { return self.skipWaiting(); }));
});

// on the first visit the page that registered this worker loaded without it: keep a fresh copy of it now, then
// take control, so "controlled" means "opens offline" (the page's script waits for that)
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('suara-warga-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  }).then(function (windows) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(windows.filter(function (w) { return PAGE.test(new URL(w.url).pathname); })
        .map(function (w) { return cache.add(w.url).catch(function () {}); }));
    });
  }).then(function () { return self.clients.claim(); }));
});

// network first, so residents always get the current questionnaire; the kept copy only when the network fails
function networkFirst(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    if (response.status === 200) {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(request, copy); }));
    } else if (response.status >= 400 && response.status < 500) {
      // closed or gone: never show it offline again
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.delete(request, { ignoreSearch: true }); }));
    }
    return response;
  }, function (failure) {
    return caches.open(CACHE).then(function (cache) {
      // the page varies by language (Vary): offline, the copy kept is the one to show, whatever the request says
      return cache.match(request, { ignoreVary: true }).then(function (hit) {
        return hit || cache.match(request, { ignoreSearch: true, ignoreVary: true });
      });
    }).then(function (hit) {
      if (hit) return hit;
      throw failure;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if ((request.mode === 'navigate' && PAGE.test(url.pathname)) || ASSETS.indexOf(url.pathname) >= 0) {
    event.respondWith(networkFirst(event));
  }
});
