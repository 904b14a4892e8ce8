// The map of /carte with Leaflet. The page already shows everything without JavaScript (server-drawn SVG map
// and tables); this file only adds the interactive map, drawn from the same GeoJSON API. No HTML is built
// from data: popups are DOM nodes filled with textContent.
(function () {
  'use strict';
  var box = document.getElementById('carte');
  if (!box || !window.L || !window.fetch) {
    return;
  }
  box.hidden = false;
  var svg = document.getElementById('carte-svg');
  if (svg) {
    svg.hidden = true;
  }
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', box.dataset.label);
  var map = L.map(box, { zoomSnap: 0.5 });
  if (box.dataset.tiles) {
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 18 }).addTo(map);
  }
  var points = { type: 'FeatureCollection', features: [] };

  function line(tag, value) {
    var node = document.createElement(tag);
    node.textContent = value;
    return node;
  }

  // A catalogue layer's features carry the dataset's own columns: every one is listed.
  var generic = box.dataset.generic === 'true';

  function popup(props, fields) {
    var node = document.createElement('div');
    if (generic) {
      Object.keys(props).forEach(function (key) {
        if (props[key] !== null && props[key] !== '') {
          node.appendChild(line('p', key + ' : ' + props[key]));
        }
      });
      return node;
    }
    node.appendChild(line('strong', props.nom));
    fields.forEach(function (key) {
      if (props[key] !== undefined && props[key] !== null && props[key] !== '') {
        node.appendChild(line('p', key === 'distance_km' ? props[key] + ' km' : props[key]));
      }
    });
    return node;
  }

  fetch(box.dataset.communes, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
    var layer = L.geoJSON(data, {
      attribution: box.dataset.outlines,
      style: function (f) {
        return { color: '#3a3a3a', weight: 1, fillColor: f.properties.couleur || '#f4f4f0', fillOpacity: 0.85 };
      },
      onEachFeature: function (f, l) {
        l.bindPopup(popup(f.properties, ['valeur_affichee']));
        // Each commune named on the map itself: people find their village by its name, not its outline.
        l.bindTooltip(f.properties.nom, { permanent: true, direction: 'center', className: 'map-label' });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    return fetch(box.dataset.points, { credentials: 'same-origin' });
  }).then(function (r) { return r.json(); }).then(function (data) {
    points = data;
    L.geoJSON(data, {
      style: function () {
        return { color: '#1d4e89', weight: 3, fillColor: '#1d4e89', fillOpacity: 0.35 };
      },
      pointToLayer: function (f, at) {
        return L.circleMarker(at, { radius: 7, color: '#ffffff', weight: 2, fillColor: '#1d4e89', fillOpacity: 1 });
      },
      onEachFeature: function (f, l) { l.bindPopup(popup(f.properties, ['commune', 'categorie', 'details', 'distance_km'])); }
    }).addTo(map);
  });

  // A click on the map fills the "within N km of this point" fields.
  map.on('click', function (e) {
    var lat = document.getElementById('autour-lat');
    var lon = document.getElementById('autour-lon');
    if (lat && lon) {
      lat.value = e.latlng.lat.toFixed(5);
      lon.value = e.latlng.lng.toFixed(5);
    }
  });

  // Export of the features visible in the current view, as GeoJSON.
  var exportLink = document.getElementById('export-geojson');
  if (exportLink) {
    exportLink.textContent = box.dataset.export;
    exportLink.addEventListener('click', function (e) {
      e.preventDefault();
      var bounds = map.getBounds();
      var visible = points.features.filter(function (f) {
        return bounds.intersects(L.geoJSON(f).getBounds());
      });
      var blob = new Blob([JSON.stringify({ type: 'FeatureCollection', features: visible })], { type: 'application/geo+json' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = exportLink.getAttribute('download') || 'carte.geojson';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }
})();
