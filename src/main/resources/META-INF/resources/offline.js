// Answering without signal (progressive enhancement; the form works without it). A form sent while the phone is
// offline is kept on the phone (IndexedDB) under its form token and sent by itself when the connection returns, to
// /s/{slug}/kirim: the token is the idempotency key, so a form sent twice is stored once. /sw.js keeps the page.
(function () {
  var form = document.getElementById('survey');
  if (!form || !window.indexedDB || !window.fetch || !('serviceWorker' in navigator)) return;
  var slug = location.pathname.split('/')[2], token = form.elements.token.value, waiting = [], box, busy;
  var SAY = {
    saved: ['Jawaban Anda tersimpan di ponsel ini dan akan terkirim sendiri begitu ada sinyal. Halaman ini boleh ditutup.',
      'Your answers are saved on this phone and will be sent by themselves once there is signal. You may close this page.'],
    sent: ['Jawaban Anda sudah terkirim. Terima kasih!', 'Your answers have been sent. Thank you!'],
    check: ['Jawaban yang tersimpan belum bisa diterima. Periksa lalu tekan Kirim.',
      'The saved answers could not be accepted. Please check them and press Send.'],
    refused: ['Jawaban yang tersimpan tidak dapat dikirim: survei sudah ditutup atau perangkat ini sudah menjawab.',
      'The saved answers cannot be sent: the survey has closed or this device has already answered.'],
    missing: ['Pertanyaan bertanda * belum dijawab.', 'Questions marked * are not answered yet.'],
    again: ['Orang lain ingin menjawab', 'Someone else wants to answer']
  };
  function say(what) {
    if (!box) {
      box = document.createElement('p');
      box.className = 'msg';
      box.setAttribute('role', 'status');
      form.parentNode.insertBefore(box, form);
    }
    var keep = box.querySelector('button');
    box.textContent = '';
    var id = document.createElement('strong'), en = document.createElement('span');
    id.lang = 'id';
    en.lang = 'en';
    id.textContent = SAY[what][0];
    en.textContent = SAY[what][1];
    box.append(id, document.createElement('br'), en);
    if (keep) box.append(keep);
    box.dataset.state = what;
    box.scrollIntoView({ block: 'center' });
  }
  function store(mode, work) {
    return new Promise(function (done, fail) {
      var open = indexedDB.open('suara-warga', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('outbox', { keyPath: 'token' }); };
      open.onerror = fail;
      open.onsuccess = function () {
        var tx = open.result.transaction('outbox', mode), result = work(tx.objectStore('outbox'));
        tx.oncomplete = function () { done(result && 'result' in result ? result.result : undefined); };
        tx.onerror = fail;
      };
    });
  }
  function put(entry) { return store('readwrite', function (s) { s.put(entry); }); }
  function all() { return store('readonly', function (s) { return s.getAll(); }); }
  // the form with these fields filled in again, to be checked and sent the usual way
  function restore(entry) {
    new URLSearchParams(entry.body).forEach(function (value, name) {
      if (name.indexOf('q.') !== 0) return;
      form.querySelectorAll('[name="' + name + '"]').forEach(function (el) {
        if (el.type === 'radio' || el.type === 'checkbox') { if (el.value === value) el.checked = true; } else el.value = value;
      });
    });
    form.dispatchEvent(new Event('change'));
    return store('readwrite', function (s) { s.delete(entry.token); });
  }
  function send(entry) {
    return fetch('/s/' + entry.slug + '/kirim', {
      method: 'POST', body: entry.body, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }
    }).then(function (r) {
      if (r.status === 201 || r.status === 404 || r.status === 409 || r.status === 410) {
        // stored (now or before), or never storable: keep only the fact, not the answers
        return put({ token: entry.token, slug: entry.slug, state: r.status === 201 ? 'sent' : 'refused', at: Date.now() });
      }
      if (r.status === 400 || r.status === 422) {
        return put({ token: entry.token, slug: entry.slug, lang: entry.lang, body: entry.body, state: 'check', at: entry.at });
      }
      // 429, 503, a proxy's error page: try again later
    });
  }
  function flush() {
    if (busy || !navigator.onLine) return;
    busy = true;
    all().then(function (entries) {
      return entries.filter(function (e) { return e.state === 'pending'; })
        .reduce(function (chain, e) { return chain.then(function () { return send(e); }); }, Promise.resolve());
    }).then(show, function () {}).then(function () { busy = false; });
  }
  // what the phone holds for this questionnaire, told in words; a form whose token was used is not offered again
  function show() {
    return all().then(function (entries) {
      var mine = entries.filter(function (e) { return e.slug === slug; });
      var own = mine.filter(function (e) { return e.token === token; })[0];
      var check = mine.filter(function (e) { return e.state === 'check'; })[0];
      if (check) return restore(check).then(function () { say('check'); });
      var pending = mine.filter(function (e) { return e.state === 'pending'; });
      var settled = mine.filter(function (e) { return waiting.indexOf(e.token) >= 0 && e.state !== 'pending'; });
      if (pending.length) say('saved');
      else if (settled.length) say(settled.some(function (e) { return e.state === 'refused'; }) ? 'refused' : 'sent');
      else if (own) say(own.state);
      if (own || pending.length || settled.length) form.hidden = true;
      // a fresh form (another token) on a shared phone: someone else may still answer, on request
      if (!own && form.hidden && !box.querySelector('button')) {
        var again = document.createElement('button');
        again.type = 'button';
        again.textContent = SAY.again[0] + ' · ' + SAY.again[1];
        again.onclick = function () { form.hidden = false; again.remove(); };
        box.append(again);
      }
      waiting = waiting.concat(pending.map(function (e) { return e.token; }));
    });
  }
  form.addEventListener('submit', function (event) {
    if (navigator.onLine) return; // sent the usual way; the page that comes back says what happened
    event.preventDefault();
    var missing = [].filter.call(form.querySelectorAll('fieldset.q:not([hidden])'), function (q) {
      return q.querySelector('legend span') && !q.querySelector('input:checked') &&
        ![].some.call(q.querySelectorAll('textarea,input.txt'), function (el) { return el.value.trim(); });
    });
    if (missing.length) {
      say('missing');
      setTimeout(function () { form.querySelector('button').disabled = false; }, 0);
      missing[0].scrollIntoView();
      return;
    }
    var body = new URLSearchParams(new FormData(form)).toString();
    put({ token: token, slug: slug, lang: form.elements.lang.value, body: body, state: 'pending', at: Date.now() })
      .then(show);
  });
  window.addEventListener('online', flush);
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/s/' }).catch(function () {});
  });
  show().then(flush);
})();
