// Passkeys (WebAuthn): adding one under "Your account", signing in with one on the sign-in page
// and as the second step. The ceremonies are Spring Security's (the same requests as its own
// spring-security-webauthn.js); this script only carries the bytes between the server and the
// browser. Without it, or in a browser without passkeys, the buttons stay hidden and password
// sign-in works as before.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(element, path, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[element.getAttribute('data-csrf-header')] = element.getAttribute('data-csrf-token');
    var base = element.getAttribute('data-base').replace(/\/$/, '');
    return fetch(base + path, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function descriptors(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: decode(credential.id) });
    });
  }

  // Adding a passkey ("Your account" → Passkeys).
  var add = document.getElementById('passkey-add');
  if (add) {
    var unavailable = document.getElementById('passkeys-unavailable');
    var label = document.getElementById('passkey-label');
    var error = document.getElementById('passkey-error');
    var showError = function (message) {
      error.textContent = message;
      error.hidden = false;
      label.setAttribute('aria-describedby', 'passkey-error');
    };
    add.hidden = false;
    unavailable.hidden = true;
    document.getElementById('passkey-register').addEventListener('click', function () {
      error.hidden = true;
      var name = label.value.trim();
      if (!name) {
        showError(error.getAttribute('data-label-missing'));
        label.focus();
        return;
      }
      post(add, '/webauthn/register/options').then(function (options) {
        return navigator.credentials.create({
          publicKey: Object.assign({}, options, {
            user: Object.assign({}, options.user, { id: decode(options.user.id) }),
            challenge: decode(options.challenge),
            excludeCredentials: descriptors(options.excludeCredentials)
          })
        });
      }).then(function (credential) {
        return post(add, '/webauthn/register', {
          publicKey: {
            label: name,
            credential: {
              id: credential.id,
              rawId: encode(credential.rawId),
              type: credential.type,
              response: {
                attestationObject: encode(credential.response.attestationObject),
                clientDataJSON: encode(credential.response.clientDataJSON),
                transports: credential.response.getTransports ? credential.response.getTransports() : []
              },
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            }
          }
        });
      }).then(function (result) {
        if (!result || !result.success) {
          throw new Error('Not registered');
        }
        window.location.href = add.getAttribute('data-done');
      }).catch(function (failure) {
        if (window.console) {
          console.error(failure);
        }
        showError(error.getAttribute('data-failed'));
      });
    });
  }

  // Signing in with a passkey (the sign-in page, the second step).
  var signIn = document.getElementById('passkey-sign-in');
  if (signIn) {
    signIn.hidden = false;
    signIn.querySelector('button').addEventListener('click', function () {
      post(signIn, '/webauthn/authenticate/options').then(function (options) {
        return navigator.credentials.get({
          publicKey: Object.assign({}, options, {
            challenge: decode(options.challenge),
            allowCredentials: descriptors(options.allowCredentials)
          })
        });
      }).then(function (credential) {
        var response = credential.response;
        return post(signIn, '/login/webauthn', {
          id: credential.id,
          rawId: encode(credential.rawId),
          type: credential.type,
          response: {
            authenticatorData: encode(response.authenticatorData),
            clientDataJSON: encode(response.clientDataJSON),
            signature: encode(response.signature),
            userHandle: response.userHandle ? encode(response.userHandle) : undefined
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      }).then(function (result) {
        if (!result || !result.authenticated || !result.redirectUrl) {
          throw new Error('Not signed in');
        }
        window.location.href = result.redirectUrl;
      }).catch(function (failure) {
        if (window.console) {
          console.error(failure);
        }
        window.location.href = signIn.getAttribute('data-failed');
      });
    });
  }
})();
