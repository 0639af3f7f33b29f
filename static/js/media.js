// The media library's small helpers; everything works without them.
// A click on the picture sets the focal point fields (in percent).
(function () {
  var box = document.getElementById('focal-picture');
  var x = document.getElementById('focalX');
  var y = document.getElementById('focalY');
  if (box && x && y) {
    var marker = document.createElement('span');
    marker.className = 'focal-marker';
    marker.setAttribute('aria-hidden', 'true');
    box.appendChild(marker);
    var show = function () {
      marker.style.left = x.value + '%';
      marker.style.top = y.value + '%';
    };
    box.addEventListener('click', function (event) {
      var rect = box.querySelector('img').getBoundingClientRect();
      x.value = Math.round(Math.min(100, Math.max(0, (event.clientX - rect.left) / rect.width * 100)));
      y.value = Math.round(Math.min(100, Math.max(0, (event.clientY - rect.top) / rect.height * 100)));
      show();
    });
    x.addEventListener('input', show);
    y.addEventListener('input', show);
    show();
  }
  // A file too large is said before it is sent, not after a long upload.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var tooLarge = Array.prototype.filter.call(input.files, function (file) { return file.size > max; })
        .map(function (file) { return file.name; });
      input.setCustomValidity(tooLarge.length ? tooLarge.join(', ') + ': > ' + Math.round(max / 1048576) + ' MB' : '');
      input.reportValidity();
    });
  });
  // The item form: the button under a picture writes its reference, as a paragraph of its own,
  // where the cursor is in the text.
  var body = document.getElementById('body');
  if (body) {
    document.querySelectorAll('button[data-reference]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var before = body.value.slice(0, body.selectionStart).replace(/\s+$/, '');
        var after = body.value.slice(body.selectionEnd).replace(/^\s+/, '');
        var reference = button.getAttribute('data-reference');
        body.value = (before ? before + '\n\n' : '') + reference + '\n\n' + after;
        var cursor = (before ? before.length + 2 : 0) + reference.length + 2;
        body.focus();
        body.setSelectionRange(cursor, cursor);
        body.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
  }
})();
