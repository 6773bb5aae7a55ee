// The Teams tab: signs in with the token Teams gives the tab (TeamsJS authentication.getAuthToken), posts it with
// the page's CSRF token for a session, then shows the page asked for. Outside a frame this is not Teams, and the
// page simply goes on, through the ordinary sign-in. When Teams cannot sign in, the page says so and offers the
// dashboard in a browser window.
(function () {
  'use strict';
  var box = document.getElementById('teams-sign-in');
  if (!box) {
    return;
  }
  var target = box.dataset.target;
  var status = document.getElementById('teams-sign-in-status');
  var settled = false;

  function fail() {
    if (!settled) {
      settled = true;
      status.textContent = box.dataset.failed;
    }
  }

  if (window.parent === window || typeof microsoftTeams === 'undefined') {
    window.location.replace(target);
    return;
  }
  if (box.dataset.sso !== 'true') {
    fail();
    return;
  }
  // A frame that is not Teams never answers TeamsJS; do not wait for it for ever.
  var timeout = window.setTimeout(fail, 15000);
  microsoftTeams.app.initialize()
    .then(function () {
      return microsoftTeams.authentication.getAuthToken();
    })
    .then(function (token) {
      var body = new URLSearchParams();
      body.set('token', token);
      var headers = {};
      headers[box.dataset.csrfHeader] = box.dataset.csrf;
      return fetch(box.dataset.ssoUrl, { method: 'POST', credentials: 'same-origin', headers: headers, body: body });
    })
    .then(function (response) {
      window.clearTimeout(timeout);
      if (response.status === 204 && !settled) {
        settled = true;
        window.location.replace(target);
      } else {
        fail();
      }
    })
    .catch(function () {
      window.clearTimeout(timeout);
      fail();
    });
})();
