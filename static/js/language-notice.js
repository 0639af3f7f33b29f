// The language notice's "No, thanks" without reloading the page: the same POST the form makes
// (it sets the cookie; its redirect is not followed), then the notice goes and focus moves to the
// page's content. Without JavaScript the form posts and the page comes back without the notice.
(function () {
  'use strict';
  var notice = document.querySelector('.language-notice');
  var form = notice && notice.querySelector('form');
  if (!form || !window.fetch) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      redirect: 'manual'
    }).catch(function () { /* the notice comes back on the next page: nothing lost */ });
    notice.remove();
    var main = document.getElementById('main');
    if (main) {
      main.focus();
    }
  });
}());
