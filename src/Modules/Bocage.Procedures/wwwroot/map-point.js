// Progressive enhancement of a « point on a map » field. The field itself is a text input where latitude and
// longitude are typed (the alternative that works without a script, a pointer or sight); this file draws, under it,
// a Leaflet map of the territory (the communes' outlines from the map API, and the tile service when one is
// configured) where a tap writes the point into the field. No HTML is built from data.
(function () {
  'use strict';
  if (!window.L || !window.fetch) {
    return;
  }
  // Two numbers, with a point or a comma as decimal mark, as the server reads them (FieldFormats.MapPoint).
  function read(text) {
    var match = /(-?\d+(?:[.,]\d+)?)\D+(-?\d+(?:[.,]\d+)?)/.exec(text || '');
    if (!match) {
      return null;
    }
    var lat = parseFloat(match[1].replace(',', '.'));
    var lon = parseFloat(match[2].replace(',', '.'));
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : null;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-map-point]'), function (box) {
    var input = document.getElementById(box.getAttribute('data-map-point'));
    if (!input) {
      return;
    }
    box.hidden = false;
    var caption = document.getElementById(box.getAttribute('data-caption'));
    if (caption) {
      caption.hidden = false;
    }
    var map = L.map(box, { zoomSnap: 0.5 }).setView([50.03, 4.1], 11);
    if (box.dataset.tiles) {
      L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    }
    var marker = null;
    function place(point) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.circleMarker(point, { radius: 8, color: '#1e5b3a', weight: 3, fillOpacity: 0.5 }).addTo(map);
      }
    }
    map.on('click', function (event) {
      var point = [event.latlng.lat, event.latlng.lng];
      input.value = point[0].toFixed(6) + ', ' + point[1].toFixed(6);
      place(point);
      // The form's autosave listens for changes.
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    input.addEventListener('change', function () {
      var point = read(input.value);
      if (point) {
        place(point);
      }
    });
    var typed = read(input.value);
    if (typed) {
      place(typed);
      map.setView(typed, 15);
    }
    fetch(box.dataset.outlines, { headers: { Accept: 'application/geo+json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (outlines) {
        if (!outlines) {
          return;
        }
        var layer = L.geoJSON(outlines, {
          interactive: false,
          style: { color: '#3a3a3a', weight: 1, fillOpacity: 0.05 },
        }).addTo(map);
        if (!typed) {
          map.fitBounds(layer.getBounds());
        }
      });
  });
})();
