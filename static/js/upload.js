// Upload progress (issue 13): a form that uploads pictures (the media library's, a picture's
// replacement, the item form with a lead picture chosen from disk) is sent by XMLHttpRequest when a
// file is chosen, so that the editor sees how much has gone (fragments/upload-progress.html: a
// labelled <progress>, and the percentage in a polite live region). The server's answer is then
// shown exactly as a plain submission would show it: the page its redirect leads to (with its
// message), or the form again with the refusal next to the field and everything typed. Without
// JavaScript, or without a file chosen, the form is sent as it always was.
(function () {
  'use strict';
  if (!window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var fill = function (pattern, value) {
    return pattern.replace('{0}', String(value));
  };
  document.querySelectorAll('form[enctype="multipart/form-data"]').forEach(function (form) {
    var box = form.querySelector('.upload-progress');
    if (!box) {
      return;
    }
    var barBox = box.querySelector('.upload-progress-bar');
    var bar = box.querySelector('progress');
    var text = box.querySelector('.upload-progress-text');
    var said = -1;
    var show = function (percent) {
      bar.value = percent;
      // Said every 10 % (a screen reader would otherwise read every step).
      var step = percent === 100 ? 100 : Math.floor(percent / 10) * 10;
      if (step !== said) {
        said = step;
        text.textContent = percent === 100 ? text.getAttribute('data-done') : fill(text.getAttribute('data-sending'), step);
      }
    };
    var buttons = function (disabled) {
      form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (button) {
        button.disabled = disabled;
      });
    };
    form.addEventListener('submit', function (event) {
      var chosen = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
        return input.files && input.files.length > 0;
      });
      if (!chosen || event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      var data = new FormData(form);
      // The button pressed is part of what the form sends (the item form's action).
      var submitter = event.submitter;
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      // Not form.action: the item form's buttons are named "action", which hides that property.
      var target = new URL(form.getAttribute('action') || '', document.baseURI).href;
      var request = new XMLHttpRequest();
      request.open('POST', target);
      request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable && progress.total > 0) {
          show(Math.min(99, Math.floor(progress.loaded * 100 / progress.total)));
        }
      });
      request.upload.addEventListener('load', function () { show(100); });
      request.addEventListener('load', function () {
        show(100);
        box.setAttribute('data-state', 'done');
        // The answer replaces the page, at the address a plain submission would end at.
        history.replaceState(null, '', request.responseURL || target);
        document.open();
        document.write(request.responseText);
        document.close();
      });
      var failed = function () {
        buttons(false);
        barBox.hidden = true;
        said = -1;
        text.textContent = text.getAttribute('data-failed');
        text.classList.add('upload-progress-failed');
      };
      request.addEventListener('error', failed);
      request.addEventListener('abort', failed);
      text.classList.remove('upload-progress-failed');
      barBox.hidden = false;
      box.setAttribute('data-state', 'sending');
      show(0);
      buttons(true);
      request.send(data);
    });
  });
})();
