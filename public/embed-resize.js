/*
 * Optional helper for pages that embed Chinalco ESG charts: sizes each <iframe data-esg-embed> to the height its
 * chart reports. A message counts only if it comes from one of those iframes (event.source is its window), has
 * type "esg-embed-height" and a finite number as height; the height is clamped to 100..4000 px. Nothing else is
 * read from the message, and nothing is sent to the frame.
 */
/* global window, document */
(function () {
  'use strict';
  if (window.__esgEmbedResize) return;
  window.__esgEmbedResize = true;
  var MIN = 100;
  var MAX = 4000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'esg-embed-height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-esg-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && event.source !== null) {
        frames[i].style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
        return;
      }
    }
  });
})();
