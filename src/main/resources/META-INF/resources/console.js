// Staff console enhancement (served as a file: the CSP allows no inline script). Without it every form still works:
// a select marked data-switch applies on the next press of its button; with it, the choice applies at once.
document.querySelectorAll('select[data-switch]').forEach(function (select) {
  var button = document.getElementById(select.getAttribute('data-switch'));
  if (!button) { return; }
  button.hidden = true;
  select.addEventListener('change', function () { button.hidden = false; button.click(); });
});
// forms marked data-confirm (delete, close, archive) ask once before they act
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
  });
});
