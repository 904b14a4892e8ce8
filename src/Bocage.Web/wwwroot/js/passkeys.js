// Passkeys (WebAuthn) for the forms marked data-passkey="create" or "get". The page works without this
// script: the forms stay hidden and a sentence says a recent browser is needed.
(() => {
  'use strict';
  const supported = typeof window.PublicKeyCredential === 'function'
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function'
    && !!navigator.credentials;
  if (!supported) {
    return;
  }
  document.querySelectorAll('[data-passkey-unsupported]').forEach((p) => { p.hidden = true; });

  const ask = async (form) => {
    // The options come from a POST carrying the form's anti-forgery token; they also set the
    // challenge cookie the server checks the answer against.
    const body = new FormData();
    body.append('__RequestVerificationToken', form.elements.__RequestVerificationToken.value);
    const response = await fetch(form.dataset.options, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`options: ${response.status}`);
    }
    const options = await response.json();
    if (form.dataset.passkey === 'create') {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
    }
    return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
  };

  document.querySelectorAll('form[data-passkey]').forEach((form) => {
    form.hidden = false;
    const error = form.querySelector('[data-passkey-error]');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (error) {
        error.textContent = '';
      }
      try {
        const credential = await ask(form);
        if (!credential) {
          throw new Error('no credential');
        }
        form.elements.credential.value = JSON.stringify(credential);
        form.submit();
      } catch (e) {
        // Cancelled by the person, or no passkey for this site: say so next to the button.
        if (error) {
          error.textContent = form.dataset.error;
        }
        console.info('passkey:', e && e.name);
      }
    });
  });
})();
