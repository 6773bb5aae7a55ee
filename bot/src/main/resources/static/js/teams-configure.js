// The page Teams shows when Kollegan's tab is added to a meeting or chat: saving points the tab at /teams/tab, which
// signs in and opens the dashboard. Outside Teams there is nothing to save and the page only explains.
(function () {
  'use strict';
  var page = document.getElementById('teams-configure');
  if (!page || window.parent === window || typeof microsoftTeams === 'undefined') {
    return;
  }
  var origin = window.location.origin;
  microsoftTeams.app.initialize().then(function () {
    microsoftTeams.pages.config.registerOnSaveHandler(function (save) {
      microsoftTeams.pages.config
        .setConfig({
          entityId: 'meeting-dashboard',
          contentUrl: origin + page.dataset.tab + '?target=' + encodeURIComponent(page.dataset.home),
          websiteUrl: origin + page.dataset.home,
          suggestedDisplayName: 'Kollegan'
        })
        .then(function () {
          save.notifySuccess();
        }, function () {
          save.notifyFailure('setConfig');
        });
    });
    microsoftTeams.pages.config.setValidityState(true);
  });
})();
