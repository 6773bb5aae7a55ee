/*
 * Copy buttons: a button marked data-copy="<id>" copies the text of the element with that
 * id and says so in the live region marked data-copy-status="<id>" beside it, in the
 * page's language (the button's data-copied and data-copy-failed). The buttons are
 * hidden until this script shows them, so that without it there is no button that does
 * nothing; the text stays selectable either way. Where the clipboard cannot be written,
 * the text is left selected and the message says how to copy it by hand.
 */
(function () {
  'use strict';

  function say(status, text) {
    if (!status) {
      return;
    }
    // Emptied first, so that a second copy is read out again.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function select(source) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /* The older way, for browsers without the asynchronous clipboard (or refusing it). */
  function copyBySelection(source) {
    select(source);
    try {
      return document.execCommand('copy');
    } catch (e) {
      return false;
    }
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var id = button.getAttribute('data-copy');
    var source = document.getElementById(id);
    var status = document.querySelector('[data-copy-status="' + CSS.escape(id) + '"]');
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      function copied() {
        say(status, button.getAttribute('data-copied'));
      }
      function byHand() {
        if (copyBySelection(source)) {
          copied();
        } else {
          say(status, button.getAttribute('data-copy-failed'));
        }
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent.trim()).then(copied, byHand);
      } else {
        byHand();
      }
    });
  });
}());
