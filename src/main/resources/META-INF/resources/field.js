// A field officer's interviews (issue 19): each saved interview is queued on the tablet (IndexedDB, which survives
// closing the browser and restarting the tablet) with an id made here, then sent to
// /api/v1/questionnaires/{id}/interviews when there is signal. The id is the idempotency key: a queue sent twice is
// stored once. /sw.js keeps this page so it opens without signal.
(function () {
  var form = document.getElementById('interview');
  if (!form || !window.indexedDB || !window.fetch || !window.crypto || !crypto.randomUUID) return;
  var status = document.getElementById('antrean'), busy, note = '';
  function store(mode, work) {
    return new Promise(function (done, fail) {
      var open = indexedDB.open('suara-lapangan', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('antrean', { keyPath: 'id' }); };
      open.onerror = fail;
      open.onsuccess = function () {
        var tx = open.result.transaction('antrean', mode), result = work(tx.objectStore('antrean'));
        tx.oncomplete = function () { done(result && 'result' in result ? result.result : undefined); };
        tx.onerror = fail;
      };
    });
  }
  function queued() { return store('readonly', function (s) { return s.getAll(); }); }
  function show() {
    return queued().then(function (all) {
      var waiting = all.filter(function (e) { return !e.problem; }).length, problems = all.length - waiting;
      status.dataset.waiting = waiting;
      status.textContent = (waiting ? waiting + ' wawancara menunggu dikirim.' : 'Tidak ada wawancara yang menunggu.') +
        (problems ? ' ' + problems + ' wawancara ditolak server (jawaban tidak lengkap atau salah).' : '') +
        (note ? ' ' + note : '');
    });
  }
  function send(entry) {
    return fetch('/api/v1/questionnaires/' + entry.questionnaire + '/interviews', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ id: entry.id, answers: entry.answers })
    }).then(function (r) {
      if (r.status === 201) return store('readwrite', function (s) { s.delete(entry.id); });
      if (r.status === 401 || r.status === 403) throw new Error('Masuk lagi untuk mengirim antrean.');
      if (r.status === 422 || r.status === 404 || r.status === 410) {
        entry.problem = r.status;
        return store('readwrite', function (s) { s.put(entry); });
      }
      throw new Error('Server belum dapat menerima; dicoba lagi nanti.');
    });
  }
  function sync() {
    if (busy || !navigator.onLine) return show();
    busy = true;
    note = '';
    return queued().then(function (all) {
      return all.filter(function (e) { return !e.problem; })
        .reduce(function (chain, e) { return chain.then(function () { return send(e); }); }, Promise.resolve());
    }).then(function () { note = 'Antrean terkirim.'; }, function (e) {
      note = e instanceof TypeError ? 'Belum ada sinyal; dicoba lagi nanti.' : e.message;
    }).then(function () { busy = false; return show(); });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = {}, missing = [];
    new FormData(form).forEach(function (value, code) {
      if (!String(value).trim()) return;
      if (form.querySelector('input[type=checkbox][name="' + code + '"]')) (answers[code] = answers[code] || []).push(value);
      else answers[code] = value;
    });
    form.querySelectorAll('fieldset.q').forEach(function (q) {
      var code = q.id.slice(2), wanted = q.hasAttribute('data-required') && !(code in answers);
      q.classList.toggle('missing', wanted);
      if (wanted) missing.push(q);
    });
    if (missing.length) {
      note = 'Pertanyaan bertanda * belum dijawab.';
      missing[0].scrollIntoView();
      show();
      return;
    }
    var entry = { id: crypto.randomUUID(), questionnaire: form.dataset.questionnaire, answers: answers, at: Date.now() };
    store('readwrite', function (s) { s.put(entry); }).then(function () {
      form.reset();
      note = 'Wawancara tersimpan di tablet.';
      window.scrollTo(0, 0);
      return sync();
    });
  });
  document.getElementById('kirim').addEventListener('click', sync);
  window.addEventListener('online', sync);
  window.addEventListener('load', function () {
    navigator.serviceWorker && navigator.serviceWorker.register('/sw.js', { scope: '/lapangan/' }).catch(function () {});
  });
  sync();
})();
