// Progressive enhancement of the questionnaire form; the form works fully without it.
(function () {
  var form = document.getElementById('survey');
  if (!form) return;
  function answers(code) {
    var out = [];
    form.querySelectorAll('[name="q.' + code + '"]').forEach(function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox') ? el.checked : el.value) out.push(el.value);
    });
    return out;
  }
  // show-if questions hide until their condition holds; after an option that ends the survey, the rest hides
  function update() {
    var ended = false;
    form.querySelectorAll('fieldset.q').forEach(function (q) {
      var show = !ended, on = q.getAttribute('data-show-if');
      if (show && on) {
        var wanted = q.getAttribute('data-show-values').split(' ');
        show = answers(on).some(function (v) { return wanted.indexOf(v) >= 0; });
      }
      q.hidden = !show;
      q.querySelectorAll('input,textarea').forEach(function (el) { el.disabled = !show; });
      var stop = q.querySelector('.stop'), chosen = q.querySelector('[data-stop]:checked');
      if (stop) stop.hidden = !(show && chosen);
      if (show && chosen) ended = true;
    });
  }
  // with JavaScript the condition is applied, so its explanation is not needed
  form.querySelectorAll('.cond').forEach(function (p) { p.hidden = true; });
  form.addEventListener('change', update);
  update();
  // one tap, one submission: the token already makes repeats harmless, this just avoids the wait
  form.addEventListener('submit', function () {
    var button = form.querySelector('button');
    setTimeout(function () { button.disabled = true; }, 0);
  });
  var errors = document.getElementById('errors');
  if (errors) errors.focus();
  // Back to a page kept in the browser's memory: ask the server instead, which knows it was sent
  addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });
  // a kiosk: after a while without a tap the form empties itself for the next resident
  var idle = +form.getAttribute('data-idle'), timer;
  function wait() { clearTimeout(timer); timer = setTimeout(function () { location.replace(form.getAttribute('action')); }, idle * 1000); }
  if (idle) { ['input', 'change', 'click', 'keydown', 'touchstart', 'scroll'].forEach(function (t) { addEventListener(t, wait, true); }); wait(); }
})();
