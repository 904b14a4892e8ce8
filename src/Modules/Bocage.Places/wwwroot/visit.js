// A place's 360° visit and 3D objects, on top of a page that already shows them flat (pictures, descriptions,
// downloads). The panoramas become one Pannellum visit, opened at a room only when someone asks for it (a rural
// line pays for every byte; the buttons are real buttons, where Pannellum's own load button is not);
// model-viewer (1 MB) is fetched only when someone asks to see an object in 3D.
(function () {
  'use strict';

  function visit() {
    var frame = document.querySelector('[data-visit-frame]');
    if (!frame || typeof window.pannellum === 'undefined') {
      return;
    }
    var config = JSON.parse(frame.getAttribute('data-visit'));
    // Phones get the 2048-pixel panorama: it fits their memory and their data plan.
    var phone = window.matchMedia('(max-width: 48rem)').matches;
    var scenes = {};
    Object.keys(config.scenes).forEach(function (id) {
      var scene = config.scenes[id];
      scenes[id] = {
        title: scene.title,
        type: 'equirectangular',
        panorama: phone ? scene.small : scene.large,
        hotSpots: scene.hotSpots
      };
    });
    var holder = document.getElementById('visite');
    var viewer = null;
    // Nothing is downloaded before someone asks for a room: then the visit opens there.
    function show(scene) {
      frame.hidden = false;
      if (viewer) {
        viewer.loadScene(scene);
      } else {
        viewer = window.pannellum.viewer(holder, {
          default: { firstScene: scene, sceneFadeDuration: 500, autoLoad: true, strings: config.strings },
          scenes: scenes
        });
      }
      frame.scrollIntoView({ block: 'center' });
      holder.focus();
    }
    document.querySelectorAll('[data-scene]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        show(button.getAttribute('data-scene'));
      });
    });
  }

  // Read while the script runs: afterwards document.currentScript is null.
  var current = document.currentScript;

  function models() {
    var source = current && current.getAttribute('data-model-viewer');
    document.querySelectorAll('[data-model-show]').forEach(function (button) {
      var stage = button.parentElement.previousElementSibling.querySelector('[data-model]');
      if (!source || !stage) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        if (!customElements.get('model-viewer')) {
          var loader = document.createElement('script');
          loader.type = 'module';
          loader.src = source;
          document.head.appendChild(loader);
        }
        var viewer = document.createElement('model-viewer');
        viewer.setAttribute('src', stage.getAttribute('data-model'));
        viewer.setAttribute('alt', stage.getAttribute('data-alt'));
        viewer.setAttribute('camera-controls', '');
        viewer.setAttribute('touch-action', 'pan-y');
        viewer.setAttribute('ar', '');
        viewer.setAttribute('ar-modes', 'webxr scene-viewer quick-look');
        stage.appendChild(viewer);
        customElements.whenDefined('model-viewer').then(function () {
          return viewer.updateComplete;
        }).then(function () {
          exitLink(viewer, false);
        });
        viewer.addEventListener('ar-status', function (event) {
          exitLink(viewer, event.detail.status === 'session-started');
        });
        stage.classList.add('model__stage--shown');
        button.hidden = true;
      });
    });
  }

  // model-viewer leaves its hidden « Exit AR » link in the tab order (tabindex 3 under aria-hidden): out of it
  // until an AR session shows the link.
  function exitLink(viewer, inAr) {
    var link = viewer.shadowRoot && viewer.shadowRoot.querySelector('#default-exit-webxr-ar-button');
    if (link) {
      link.setAttribute('tabindex', inAr ? '0' : '-1');
    }
  }

  function start() {
    visit();
    models();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
