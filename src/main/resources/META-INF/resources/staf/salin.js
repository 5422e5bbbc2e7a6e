// Staff pages: "Salin" copies a link, "Cetak" prints. Without JavaScript the links stay selectable text and the
// browser's own print menu works; these buttons stay hidden.
(function () {
  'use strict';
  function copy(button) {
    var input = document.getElementById(button.getAttribute('data-copy'));
    if (!input) { return; }
    input.select();
    var done = function () {
      var label = button.textContent;
      button.textContent = 'Tersalin ✓';
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { copy(button); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('input.link[readonly]'), function (input) {
      input.addEventListener('focus', function () { input.select(); });
    });
    Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  });
}());
