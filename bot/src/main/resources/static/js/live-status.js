/*
 * Live meeting status on the dashboard's pages, over the server-sent events of
 * /api/agents/status/stream (the sign-in session authenticates it). Each "status" event
 * names a meeting and its new status: every element marked data-live-status="<meeting id>"
 * gets the matching badge from the page's <template id="status-badges"> (words, colour
 * and shape all come from the server, in the page's language), and the change is read
 * out in the page's polite live region. On the overview, an event for a meeting that is
 * not listed yet reloads the list through htmx, so a newly booked meeting appears.
 * EventSource reconnects by itself; the indicator says whether the view is live.
 */
(function () {
  'use strict';

  var indicator = document.querySelector('[data-live-indicator]');
  var badges = document.getElementById('status-badges');
  var announcer = document.getElementById('live-announcer');
  if (!indicator || !badges || typeof EventSource === 'undefined') {
    return;
  }
  var refreshTimer = null;

  function say(text) {
    if (announcer) {
      // Emptied first, so that the same words said twice are read twice.
      announcer.textContent = '';
      window.setTimeout(function () { announcer.textContent = text; }, 50);
    }
  }

  function show(state) {
    indicator.textContent = indicator.getAttribute('data-' + state);
    indicator.setAttribute('data-state', state);
  }

  function badgeFor(status) {
    var badge = badges.content.querySelector('[data-status="' + CSS.escape(status) + '"]');
    return badge ? badge.cloneNode(true) : null;
  }

  function titleOf(cell) {
    var row = cell.closest('[data-meeting-id]');
    var title = row ? row.querySelector('[data-meeting-title]') : document.querySelector('h1');
    return title ? title.textContent.trim() : '';
  }

  /* Reloads the list, once for a burst of events, keeping the page's filters. */
  function refreshList() {
    var list = document.querySelector('[data-live-refresh]');
    if (!list || typeof htmx === 'undefined' || refreshTimer !== null) {
      return;
    }
    refreshTimer = window.setTimeout(function () {
      refreshTimer = null;
      var current = document.querySelector('[data-live-refresh]');
      htmx.ajax('GET', current.getAttribute('data-refresh'),
        { target: '#meetings', select: '#meetings', swap: 'outerHTML' }).then(function () {
        say(indicator.getAttribute('data-refreshed'));
      });
    }, 250);
  }

  function changed(event) {
    var change;
    try {
      change = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var cells = document.querySelectorAll('[data-live-status="' + CSS.escape(String(change.meetingId)) + '"]');
    if (cells.length === 0) {
      refreshList();
      return;
    }
    cells.forEach(function (cell) {
      var badge = badgeFor(String(change.status));
      var current = cell.querySelector('[data-status]');
      if (!badge || (current && current.getAttribute('data-status') === change.status)) {
        return;
      }
      cell.replaceChildren(badge);
      say(titleOf(cell) + ': ' + badge.textContent.trim());
    });
  }

  var interrupted = false;
  var source = new EventSource(indicator.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    show('connected');
    if (interrupted) {
      // Changes while the stream was down were not sent again: read the list anew.
      interrupted = false;
      refreshList();
    }
  });
  source.addEventListener('status', changed);
  source.addEventListener('error', function () {
    interrupted = true;
    show(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
  });
}());
