// The item form's writing aids (issue 16); the form works the same without them.
// Counters as the editor types, the address made from the title while the slug field is empty,
// the working copy kept on the server as they type (ItemWorkingCopyController), who else has the
// item open (ItemPresenceController), and the live preview: the server renders the body with the renderer a save uses
// (POST /admin/items/preview, with the form's CSRF token), so it is what readers will get.
(function () {
  'use strict';
  var form = document.querySelector('form.item-form');
  if (!form || !window.fetch) {
    return;
  }
  var field = function (name) { return form.querySelector('[name="' + name + '"]'); };
  var title = field('title');
  var summary = field('summary');
  var body = field('body');
  var slug = field('slug');
  var csrf = field('_csrf');
  var itemId = form.getAttribute('data-item-id');

  var fill = function (pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (all, index) { return String(values[Number(index)]); });
  };
  // The same rule as WritingAids.Counts: runs of non-space characters with a letter or a digit.
  var words = function (text) {
    return (text.match(/\S+/g) || []).filter(function (word) { return /[\p{L}\p{N}]/u.test(word); }).length;
  };

  var summaryCount = document.getElementById('summary-count');
  var bodyCount = document.getElementById('body-count');
  var countSummary = function () {
    var max = Number(summaryCount.getAttribute('data-max'));
    // The server counts characters as Java does (UTF-16 units), after trimming.
    var length = summary.value.trim().length;
    summaryCount.textContent = length > max
      ? fill(summaryCount.getAttribute('data-over-pattern'), [length, max, length - max])
      : fill(summaryCount.getAttribute('data-pattern'), [length, max]);
    summaryCount.classList.toggle('counter-over', length > max);
  };
  var countBody = function () {
    var count = words(body.value);
    var perMinute = Number(bodyCount.getAttribute('data-words-per-minute'));
    bodyCount.textContent = fill(bodyCount.getAttribute('data-pattern'), [count, Math.ceil(count / perMinute)]);
  };
  if (summary && summaryCount) {
    summary.addEventListener('input', countSummary);
    countSummary();
  }
  if (body && bodyCount) {
    body.addEventListener('input', countBody);
    countBody();
  }

  var post = function (url, params) {
    if (csrf) {
      params.append(csrf.name, csrf.value);
    }
    // No redirect is followed: an expired session must show as a failure, not as the sign-in page.
    return fetch(url, { method: 'POST', body: params, credentials: 'same-origin', redirect: 'manual',
      headers: { 'Accept': 'application/json' } });
  };
  var later = function (wait, task) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(task, wait);
    };
  };

  // Nothing lost: the text goes to the server a few seconds after the editor stops typing (and at
  // least every 15 s while they type), as a working copy that is never the item itself. Leaving the
  // page with changes not saved asks first.
  // A restored working copy is unsaved text from the start.
  var changed = document.getElementById('restored-title') !== null;
  var submitting = false;
  var status = document.getElementById('autosave-status');
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var lastKept = Date.now();
  var keep = function () {
    if (submitting || !autosaveUrl) {
      return;
    }
    lastKept = Date.now();
    var params = new URLSearchParams();
    // Every field of the form (ItemWorkingCopies.WorkingText); a field the form does not have is not sent.
    ['title', 'summary', 'body', 'tags', 'slug', 'date', 'time', 'withdrawalNote', 'version', 'creationToken'].forEach(function (name) {
      var input = field(name);
      if (input) {
        params.append(name, input.value);
      }
    });
    ['leadPicture', 'language'].forEach(function (name) {
      if (field(name)) {
        var chosen = form.querySelector('[name="' + name + '"]:checked');
        params.append(name, chosen ? chosen.value : '');
      }
    });
    post(autosaveUrl, params)
      .then(function (response) {
        if (response.status !== 204) {
          throw new Error('autosave ' + response.status);
        }
        var time = new Date().toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
        status.textContent = fill(status.getAttribute('data-kept'), [time]);
        status.classList.remove('autosave-failed');
      })
      .catch(function () {
        // An expired session (403, or a redirect to the sign-in page), the server away: the text stays in the page.
        status.textContent = status.getAttribute('data-failed');
        status.classList.add('autosave-failed');
      })
      .then(function () { status.hidden = false; });
  };
  var keepSoon = later(3000, keep);
  form.addEventListener('input', function () {
    changed = true;
    if (Date.now() - lastKept > 15000) {
      keep();
    }
    keepSoon();
  });
  form.addEventListener('submit', function () { submitting = true; });
  window.addEventListener('beforeunload', function (event) {
    if (changed && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Who else has this item open: said every 20 s; leaving the page says so at once.
  var presenceUrl = form.getAttribute('data-presence-url');
  var alsoEditing = document.getElementById('also-editing');
  if (presenceUrl && alsoEditing) {
    setInterval(function () {
      post(presenceUrl, new URLSearchParams())
        .then(function (response) {
          if (response.status !== 200) {
            throw new Error('presence ' + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          if (alsoEditing.textContent !== answer.notice) {
            alsoEditing.textContent = answer.notice;
          }
          alsoEditing.hidden = answer.notice === '';
        })
        .catch(function () { /* the notice is only a courtesy */ });
    }, 20000);
    window.addEventListener('pagehide', function () {
      if (navigator.sendBeacon && csrf) {
        var data = new FormData();
        data.append(csrf.name, csrf.value);
        navigator.sendBeacon(presenceUrl + '/leave', data);
      }
    });
  }

  var panel = document.getElementById('live-preview');
  var slugPreview = document.getElementById('slug-preview');
  if (!panel || !title || !body) {
    return;
  }
  var heading = panel.querySelector('.live-preview-heading');
  var lead = panel.querySelector('.lead');
  var rendered = panel.querySelector('.body');
  var failed = panel.querySelector('.live-preview-failed');
  var sent = 0;
  var refresh = function () {
    var params = new URLSearchParams();
    params.append('title', title.value);
    params.append('body', body.value);
    if (itemId) {
      params.append('id', itemId);
    }
    var language = form.querySelector('[name="language"]:checked');
    if (language) {
      params.append('language', language.value);
    }
    var number = ++sent;
    post(form.getAttribute('data-preview-url'), params)
      .then(function (response) {
        if (!response.ok) {
          throw new Error('preview ' + response.status);
        }
        return response.json();
      })
      .then(function (preview) {
        if (number !== sent) {
          return; // an answer to older text
        }
        heading.textContent = title.value.trim();
        lead.textContent = summary ? summary.value.trim() : '';
        // Sanitised by the server exactly as on save.
        rendered.innerHTML = preview.bodyHtml;
        failed.hidden = true;
        if (slugPreview) {
          slugPreview.hidden = slug.value.trim() !== '' || preview.slug === '';
          slugPreview.querySelector('.slug-preview-href').textContent = preview.href;
        }
      })
      .catch(function () {
        failed.hidden = false;
      });
  };
  var soon = later(400, refresh);
  form.querySelectorAll('[name="language"]').forEach(function (input) {
    input.addEventListener('change', soon);
  });
  [title, summary, body, slug].forEach(function (input) {
    if (input) {
      input.addEventListener('input', soon);
    }
  });
  panel.hidden = false;
  form.classList.add('with-preview');
  refresh();
})();
