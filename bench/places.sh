#!/usr/bin/env bash
# bench/places.sh — a measurement, not a test: it always exits 0 once it has measured.
#
# The Places engine on PostgreSQL (published app, Production, demo seed), with BENCH_PLACES (20,000) places and
# one circuit of BENCH_POINTS (10,000) track points inserted by SQL:
#   1. the directory filtered, /annuaire?commune=59249&type=Shop, and searched, /annuaire?q=boulangerie:
#      a. cached: wrk on the same URL (the page is output-cached ten seconds for visitors not signed in), against
#         nginx serving the same HTML bytes as a static file, same command; requests/s, ratio app/nginx
#         (target >= 0.3), the app's p95 and p99;
#      b. uncached: the same wrk command with a Lua script adding `&langue=b<thread>n<count>` to each request;
#         `langue` is one of the cache's vary keys and an unknown culture falls back to French, so every request
#         is a miss that computes the same page (its queries, the page, a cache store);
#         as a reference, the same filter through /api/lieux (same PlaceDirectory query, JSON, no themes list)
#         with the same buster;
#      c. one visitor alone: BENCH_REQUESTS (50) sequential curl requests, each a distinct (uncached) URL,
#         median and p95;
#   2. the circuit's GPX (/circuits/{slug}.gpx, not output-cached): wrk with BENCH_GPX_CONNECTIONS (8) against
#      the app and against nginx serving the same GPX bytes; requests/s, p95/p99, bytes per response, ratio;
#      then BENCH_REQUESTS sequential curl downloads, median and p95.
# It also prints the plans' execution times of the directory's queries, written by hand after PlaceDirectory.
#
# Everything runs on 127.0.0.1, bounded in time. Environment:
#   BENCH_DURATION     wrk duration of each measured run (default 20s)   BENCH_WARMUP  warm-up (5s)
#   BENCH_THREADS      wrk threads (2)                                   BENCH_CONNECTIONS  (32)
#   BENCH_PLACES       places inserted (20000)                           BENCH_POINTS  track points (10000)
#   BENCH_GPX_CONNECTIONS  wrk connections for the GPX (8)               BENCH_REQUESTS  sequential curls (50)
#   BENCH_LOGS=dir     keeps the app's log there
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
places=${BENCH_PLACES:-20000}
points=${BENCH_POINTS:-10000}
gpx_connections=${BENCH_GPX_CONNECTIONS:-8}
requests=${BENCH_REQUESTS:-50}
accept='Accept-Encoding: br, gzip'
filtered='/annuaire?commune=59249&type=Shop'
search='/annuaire?q=boulangerie'
api='/api/lieux?commune=59249&type=Shop'
circuit=grande-boucle-du-bocage
gpx=/circuits/$circuit.gpx
target_ratio=0.3
source bench/common.sh  # the working directory is the repository root (cd above)

# --- Debian packages (only when missing, as root) ----------------------------------------------------
needed=()
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || needed+=(nginx)
command -v curl >/dev/null 2>&1 || needed+=(curl)
command -v psql >/dev/null 2>&1 || needed+=(postgresql-client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
if [ ${#needed[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing packages: ${needed[*]} (run as root, or install them)"; exit 1; }
  log "installing ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${needed[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# --- Work dir and clean-up ------------------------------------------------------------------------------
work=$(mktemp -d /tmp/bocage-bench-places.XXXXXX)
chmod 755 "$work"   # nginx workers run as an unprivileged user when started by root
app_pid="" nginx_pid="" wrk_pid=""
# shellcheck disable=SC2317  # called from the EXIT trap
stop_pid() {  # stop_pid PID SIGNAL: signal, wait up to 10 s, then SIGKILL
  local pid=$1 sig=$2 _
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  stop_pid "$wrk_pid" TERM
  stop_pid "$nginx_pid" QUIT
  stop_pid "$app_pid" TERM
  if [ -n "${BENCH_LOGS:-}" ]; then { mkdir -p "$BENCH_LOGS" && cp "$work/app.log" "$BENCH_LOGS/"; } 2>/dev/null || true; fi
  stop_pg
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() {  # wait_ready URL SECONDS: until the URL answers 200
  local _
  for _ in $(seq 1 $(($2 * 4))); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ] && return 0; sleep 0.25; done
  return 1
}

# --- Throwaway PostgreSQL (fsync on, as in production) and the app --------------------------------------
start_pg "-c max_connections=300"
log "PostgreSQL on 127.0.0.1:$pgport"
log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
(
  cd "$work/app"
  exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
    ConnectionStrings__Bocage="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=bench;Database=bocage;Maximum Pool Size=200" \
    Logging__LogLevel__Default=Warning \
    dotnet Bocage.Web.dll --urls "$app_url"
) >"$work/app.log" 2>&1 &
app_pid=$!
wait_ready "$app_url/health/ready" 120 || { log "the app did not become ready in 120 s; its log:"; tail -n 40 "$work/app.log" >&2; exit 1; }
log "app on $app_url"

# --- BENCH_PLACES places ----------------------------------------------------------------------------------
# Demo-looking rows: row n has kind n % 16, commune (n / 16) % 12 (so every kind is in every commune, about
# BENCH_PLACES / 192 places per pair), and one of the kind's models (name, themes, hours, summary) by n / 192; a
# name is the model's word and a surname (« Boulangerie Lefebvre ») or « de <commune> »; coordinates within
# about a kilometre of the commune's centre. search_text is what Place.Describe computes: name, themes, summary
# and street, lower-case, accents removed (translate() covers the letters used here). A shop in four is a bakery,
# so the text search finds about BENCH_PLACES / 64 places. Any other NOT NULL column without a default gets 0,
# false or '' (so the insert survives new columns).
log "inserting $places places"
psql_do <<SQL
CREATE TEMP TABLE communes(c int, insee text, name text, postal text, lat float8, lon float8);
INSERT INTO communes VALUES
  (0, '59249', 'Fourmies', '59610', 50.0167, 4.0500), (1, '59012', 'Anor', '59186', 49.9890, 4.1010),
  (2, '59045', 'Baives', '59132', 50.0590, 4.1940), (3, '59198', 'Eppe-Sauvage', '59132', 50.1150, 4.1740),
  (4, '59229', 'Féron', '59610', 50.0440, 3.9960), (5, '59261', 'Glageon', '59132', 50.0590, 4.0560),
  (6, '59420', 'Moustier-en-Fagne', '59132', 50.0860, 4.2150), (7, '59445', 'Ohain', '59132', 50.0380, 4.1100),
  (8, '59601', 'Trélon', '59132', 50.0600, 4.1020), (9, '59633', 'Wallers-en-Fagne', '59132', 50.0640, 4.1660),
  (10, '59659', 'Wignehies', '59212', 50.0160, 4.0100), (11, '59661', 'Willies', '59740', 50.1120, 4.1070);
CREATE TEMP TABLE kinds(k int, kind text);
INSERT INTO kinds VALUES (0, 'Museum'), (1, 'Heritage'), (2, 'Nature'), (3, 'Leisure'), (4, 'Accommodation'),
  (5, 'Restaurant'), (6, 'Shop'), (7, 'Producer'), (8, 'Company'), (9, 'BusinessSupport'), (10, 'Premises'),
  (11, 'ThirdPlace'), (12, 'PublicService'), (13, 'Mediation'), (14, 'Health'), (15, 'Library');
-- kind, word, slug word, 's' (a surname follows) or 'c' (« de <commune> »), themes, opening hours, summary
CREATE TEMP TABLE models(kind text, word text, slug text, pattern text, themes text, hours text, summary text);
INSERT INTO models VALUES
  ('Museum', 'Musée de la vie rurale', 'musee-vie-rurale', 'c', 'Patrimoine|Musée', 'We-Su 14:00-18:00; PH off', 'Outils, costumes et métiers d''autrefois, racontés par les bénévoles de l''association.'),
  ('Museum', 'Maison du textile', 'maison-textile', 'c', 'Patrimoine industriel|Textile', 'Tu-Su 10:00-12:30,14:00-18:00', 'Métiers à tisser en marche et mémoire des filatures de la vallée.'),
  ('Heritage', 'Église Saint-Martin', 'eglise-saint-martin', 'c', 'Patrimoine|Architecture', 'Mo-Su 09:00-18:00', 'Une église fortifiée de pierre bleue, ouverte à la visite tous les jours.'),
  ('Heritage', 'Chapelle Notre-Dame', 'chapelle-notre-dame', 'c', 'Patrimoine', '', 'Petite chapelle de bocage au bord du chemin, restaurée par les habitants.'),
  ('Heritage', 'Moulin', 'moulin', 's', 'Patrimoine|Eau', 'Sa,Su 14:00-18:00', 'Un moulin à eau sur l''Helpe, sa roue et ses meules.'),
  ('Nature', 'Étang communal', 'etang-communal', 'c', 'Nature|Pêche', '', 'Un étang entouré de saules, pour la pêche et la promenade.'),
  ('Nature', 'Sentier des haies', 'sentier-haies', 'c', 'Nature|Randonnée', '', 'Une boucle à travers prairies et haies vives, panneaux sur la faune du bocage.'),
  ('Leisure', 'Base de loisirs', 'base-loisirs', 'c', 'Loisirs|Sport', 'Mo-Su 10:00-19:00', 'Baignade surveillée en été, canoë, mini-golf et aire de jeux.'),
  ('Leisure', 'Centre équestre', 'centre-equestre', 's', 'Loisirs|Équitation', 'We,Sa 09:00-18:00', 'Cours, stages et promenades à cheval dans la forêt.'),
  ('Accommodation', 'Gîte', 'gite', 's', 'Hébergement', '', 'Une ancienne ferme à colombages aménagée en gîte pour six personnes.'),
  ('Accommodation', 'Chambres d''hôtes', 'chambres-hotes', 's', 'Hébergement', '', 'Trois chambres avec vue sur le bocage, petit-déjeuner aux produits de la ferme.'),
  ('Accommodation', 'Camping municipal', 'camping-municipal', 'c', 'Hébergement|Plein air', 'Mo-Su 08:00-20:00', 'Emplacements ombragés au bord de l''eau, ouvert d''avril à octobre.'),
  ('Restaurant', 'Restaurant', 'restaurant', 's', 'Restauration|Cuisine du terroir', 'Tu-Sa 12:00-14:00,19:00-21:30; Su 12:00-14:00', 'Cuisine du terroir : maroilles, flamiche et tarte au sucre.'),
  ('Restaurant', 'Estaminet', 'estaminet', 's', 'Restauration|Bières', 'We-Su 11:30-22:00', 'Un estaminet à l''ancienne, bières de la région et jeux de bistrot.'),
  ('Restaurant', 'Friterie', 'friterie', 's', 'Restauration', 'Tu-Su 11:30-14:00,18:00-22:00', 'Frites fraîches, fricadelles et carbonnade à emporter.'),
  ('Shop', 'Boulangerie', 'boulangerie', 's', 'Commerce de proximité|Alimentation', 'Tu-Sa 06:30-13:00,15:00-19:30; Su 07:00-12:30', 'Pain au levain, viennoiseries et gâteaux, cuits sur place chaque matin.'),
  ('Shop', 'Épicerie', 'epicerie', 's', 'Commerce de proximité|Alimentation', 'Mo-Sa 08:00-12:30,14:30-19:00', 'L''épicerie du village : produits locaux, dépôt de pain et point relais colis.'),
  ('Shop', 'Librairie', 'librairie', 's', 'Commerce de proximité|Culture', 'Tu-Sa 09:30-12:30,14:00-19:00', 'Romans, bandes dessinées et livres sur la région, commandes en deux jours.'),
  ('Shop', 'Fleuriste', 'fleuriste', 's', 'Commerce de proximité', 'Tu-Sa 09:00-12:30,14:00-19:00; Su 09:00-12:30', 'Bouquets de saison, plantes et compositions pour toutes les occasions.'),
  ('Producer', 'Ferme', 'ferme', 's', 'Produits du terroir|Vente à la ferme', 'Fr 16:00-19:00; Sa 09:00-12:00', 'Lait cru, beurre et maroilles fermier en vente directe.'),
  ('Producer', 'Brasserie artisanale', 'brasserie-artisanale', 's', 'Produits du terroir|Bières', 'Sa 10:00-18:00', 'Des bières blondes et ambrées brassées au village, visite sur rendez-vous.'),
  ('Producer', 'Vergers', 'vergers', 's', 'Produits du terroir|Fruits', 'We,Sa 14:00-18:00', 'Pommes et poires de hautes tiges, jus et cidre du bocage.'),
  ('Company', 'Menuiserie', 'menuiserie', 's', 'Artisanat|Bâtiment', 'Mo-Fr 08:00-12:00,13:30-17:30', 'Fenêtres, escaliers et agencements en bois, sur mesure.'),
  ('Company', 'Garage', 'garage', 's', 'Automobile', 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00', 'Entretien et réparation toutes marques, contrôle avant le contrôle technique.'),
  ('Company', 'Imprimerie', 'imprimerie', 's', 'Artisanat|Communication', 'Mo-Fr 09:00-12:00,14:00-18:00', 'Cartes, affiches et brochures imprimées sur papier recyclé.'),
  ('BusinessSupport', 'Cabinet comptable', 'cabinet-comptable', 's', 'Accompagnement|Gestion', 'Mo-Fr 09:00-12:00,14:00-18:00', 'Comptabilité, paie et conseil aux artisans et commerçants.'),
  ('BusinessSupport', 'Club d''entreprises', 'club-entreprises', 'c', 'Accompagnement|Réseau', '', 'Les chefs d''entreprise du secteur se retrouvent chaque mois.'),
  ('Premises', 'Local commercial', 'local-commercial', 'c', 'Locaux disponibles', '', 'Un local en rez-de-chaussée avec vitrine, en centre-bourg.'),
  ('Premises', 'Atelier à louer', 'atelier-louer', 'c', 'Locaux disponibles|Artisanat', '', 'Un atelier avec quai de chargement, eau et électricité triphasée.'),
  ('ThirdPlace', 'Tiers-lieu', 'tiers-lieu', 'c', 'Coworking|Numérique', 'Mo-Fr 08:30-18:00', 'Postes de coworking, salle de réunion et café associatif.'),
  ('ThirdPlace', 'Atelier partagé', 'atelier-partage', 'c', 'Fablab|Artisanat', 'We,Sa 14:00-19:00', 'Machines à bois, imprimantes 3D et découpe laser, avec un animateur.'),
  ('PublicService', 'Mairie annexe', 'mairie-annexe', 'c', 'Services publics', 'Mo-Fr 09:00-12:00', 'État civil, inscriptions et accueil des habitants.'),
  ('PublicService', 'Agence postale communale', 'agence-postale', 'c', 'Services publics', 'Mo-Fr 09:00-12:00; Sa 09:00-11:30', 'Courrier, colis et retraits d''argent à la mairie.'),
  ('Mediation', 'Espace numérique', 'espace-numerique', 'c', 'Numérique|Services publics', 'Tu,Th 14:00-17:00', 'Un conseiller numérique aide aux démarches en ligne, sur rendez-vous ou sans.'),
  ('Mediation', 'Point d''accès au droit', 'acces-droit', 'c', 'Services publics|Droit', 'We 09:00-12:00', 'Permanences gratuites d''un juriste et d''un conciliateur.'),
  ('Health', 'Pharmacie', 'pharmacie', 's', 'Santé', 'Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30', 'Pharmacie de garde une semaine sur six, matériel médical.'),
  ('Health', 'Cabinet infirmier', 'cabinet-infirmier', 's', 'Santé', 'Mo-Fr 07:00-08:00,17:00-18:00', 'Soins à domicile et au cabinet, prises de sang sans rendez-vous.'),
  ('Health', 'Cabinet de kinésithérapie', 'kinesitherapie', 's', 'Santé', 'Mo-Fr 08:00-20:00', 'Rééducation, kinésithérapie respiratoire et du sport.'),
  ('Library', 'Bibliothèque', 'bibliotheque', 'c', 'Culture|Lecture', 'We 14:00-18:00; Sa 10:00-12:00', 'Prêt de livres et de jeux, heure du conte le mercredi.'),
  ('Library', 'Point lecture', 'point-lecture', 'c', 'Culture|Lecture', 'Sa 10:00-12:00', 'Quelques centaines de livres renouvelés avec la médiathèque départementale.');
CREATE TEMP TABLE numbered AS
  SELECT m.*, (row_number() OVER (PARTITION BY m.kind ORDER BY m.slug) - 1)::int AS v,
    (count(*) OVER (PARTITION BY m.kind))::int AS vc FROM models m;
CREATE TEMP TABLE surnames AS SELECT (ordinality - 1)::int AS s, name FROM unnest(ARRAY['Lefebvre', 'Dupont', 'Martin',
  'Leroy', 'Moreau', 'Dubois', 'Lambert', 'Fontaine', 'Roux', 'Petit', 'Bernard', 'Durand', 'Lemaire', 'Caron', 'Delattre',
  'Dumont', 'Carlier', 'Mercier', 'Lecomte', 'Fournier', 'Leclercq', 'Denis', 'Gauthier', 'Masson', 'Vasseur', 'Hennebert',
  'Poulain', 'Bouchez', 'Lemoine', 'Mahieu', 'Dehon', 'Wattiez']) WITH ORDINALITY AS u(name, ordinality);
CREATE TEMP TABLE streets AS SELECT (ordinality - 1)::int AS t, name FROM unnest(ARRAY['Rue Jean-Jaurès', 'Rue de la République',
  'Place Verte', 'Rue du Général-de-Gaulle', 'Rue Pasteur', 'Rue Victor-Hugo', 'Route d''Avesnes', 'Rue de l''Église',
  'Rue des Écoles', 'Rue de la Gare', 'Chemin du Moulin', 'Rue du Bois']) WITH ORDINALITY AS u(name, ordinality);

INSERT INTO places.places
SELECT r.* FROM (
  SELECT g.n, k.kind, c.insee, c.name AS commune, c.postal, m.slug AS model_slug, m.word, m.themes, m.hours, m.summary,
    CASE WHEN m.pattern = 's' THEN m.word || ' ' || s.name
      WHEN left(c.name, 1) IN ('A', 'E', 'O') THEN m.word || ' d''' || c.name ELSE m.word || ' de ' || c.name END AS name,
    (g.n % 120 + 1) || ' ' || t.name AS street,
    c.lat + ((g.n * 37) % 200 - 100) / 10000.0 AS lat, c.lon + ((g.n * 53) % 200 - 100) / 7000.0 AS lon
  FROM generate_series(0, $places - 1) AS g(n)
  JOIN kinds k ON k.k = g.n % 16
  JOIN communes c ON c.c = (g.n / 16) % 12
  JOIN numbered m ON m.kind = k.kind AND m.v = (g.n / 192) % m.vc
  JOIN surnames s ON s.s = (g.n / 7) % 32
  JOIN streets t ON t.t = (g.n / 3) % 12
) p
CROSS JOIN (SELECT coalesce(jsonb_object_agg(column_name, CASE WHEN data_type IN ('integer', 'bigint', 'smallint', 'numeric', 'double precision')
    THEN to_jsonb(0) WHEN data_type = 'boolean' THEN to_jsonb(false) ELSE to_jsonb(''::text) END), '{}') AS zeros
  FROM information_schema.columns WHERE table_schema = 'places' AND table_name = 'places' AND is_nullable = 'NO' AND column_default IS NULL) z
CROSS JOIN LATERAL (SELECT p.summary || ' À ' || p.commune || '.' AS summary_fr) x
CROSS JOIN LATERAL jsonb_populate_record(null::places.places, z.zeros || jsonb_build_object(
  'id', gen_random_uuid(), 'slug', p.model_slug || '-' || p.n,
  'search_text', lower(translate(p.name || ' ' || p.themes || ' ' || x.summary_fr || ' ' || p.street,
    'àâäçéèêëîïôöùûüÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ', 'aaaceeeeiioouuuAAACEEEEIIOOUUU')),
  'closed_until', CASE WHEN p.n % 97 = 0 THEN (now() + interval '20 days')::date END,
  'closed_reason', CASE WHEN p.n % 97 = 0 THEN 'Fermé pour travaux' ELSE '' END,
  'created_at_utc', now() - (p.n % 700) * interval '1 day', 'updated_at_utc', now() - (p.n % 90) * interval '1 day',
  'details_bookables', '', 'details_commune_insee', p.insee,
  'details_email', CASE WHEN p.n % 4 = 0 THEN p.model_slug || '-' || p.n || '@demo.sud-avesnois.fr' ELSE '' END,
  'details_is_demo', true, 'details_kind', p.kind, 'details_labels', CASE WHEN p.n % 23 = 0 THEN 'Qualité Tourisme' ELSE '' END,
  'details_latitude', round(p.lat::numeric, 6), 'details_longitude', round(p.lon::numeric, 6),
  'details_mediation_access', CASE WHEN p.kind = 'Mediation' THEN 'Se présenter|Téléphoner' ELSE '' END,
  'details_mediation_services', CASE WHEN p.kind = 'Mediation' THEN 'Aide aux démarches administratives|Maîtrise des outils numériques du quotidien' ELSE '' END,
  'details_monthly_rent_cents', CASE WHEN p.kind = 'Premises' THEN 30000 + (p.n % 40) * 2500 END,
  'details_name', p.name, 'details_opening_hours', p.hours,
  'details_phone', '03 27 ' || lpad((p.n % 100)::text, 2, '0') || ' ' || lpad((p.n / 100 % 100)::text, 2, '0') || ' ' || lpad((p.n / 10000 % 100)::text, 2, '0'),
  'details_postal_code', p.postal, 'details_programmes', CASE WHEN p.kind = 'Mediation' THEN 'Conseillers numériques' ELSE '' END,
  'details_siret', CASE WHEN p.kind IN ('Company', 'Shop', 'Producer', 'BusinessSupport') THEN '9' || lpad(p.n::text, 13, '0') ELSE '' END,
  'details_step_free', p.n % 3 = 0, 'details_street', p.street,
  'details_surface_square_metres', CASE WHEN p.kind = 'Premises' THEN 40 + p.n % 200 END,
  'details_themes', p.themes, 'details_website', '',
  'details_accessibility_fr', CASE WHEN p.n % 3 = 0 THEN 'Entrée de plain-pied, toilettes adaptées.' ELSE '' END,
  'details_description_fr', x.summary_fr || E'\n' || 'Adresse : ' || p.street || ', ' || p.postal || ' ' || p.commune || '.',
  'details_summary_fr', x.summary_fr)) r;
ANALYZE places.places;
SQL
log "places: $(psql_do -c "SELECT count(*) || ' in all, ' || count(*) FILTER (WHERE details_commune_insee = '59249' AND details_kind = 'Shop')
  || ' shops in Fourmies, ' || count(*) FILTER (WHERE search_text LIKE '%boulangerie%') || ' with « boulangerie »' FROM places.places")"

# --- One circuit of BENCH_POINTS points --------------------------------------------------------------------
# A 30 km loop around Fourmies (an ellipse with wiggles, a point every 3 m or so, as a phone records one a second
# on a bike), elevations between about 170 and 250 m; length (haversine, as Track computes it) and climb (every
# rise summed, without Track's 2 m threshold: the stored figures are only shown on the page) computed in SQL. The
# points are JSON as the engine writes them (JsonSerializerDefaults.Web: latitude, longitude, elevation); steps [].
log "inserting the circuit $circuit ($points points)"
psql_do <<SQL
CREATE TEMP TABLE track AS
  SELECT i, round((50.040 + 0.060 * sin(a) + 0.0015 * sin(37 * a))::numeric, 6)::float8 AS lat,
    round((4.080 + 0.090 * cos(a) + 0.0020 * cos(23 * a))::numeric, 6)::float8 AS lon,
    round((210 + 30 * sin(3 * a) + 10 * sin(17 * a))::numeric, 1)::float8 AS ele
  FROM generate_series(0, $points - 1) AS i CROSS JOIN LATERAL (SELECT 2 * pi() * i / $points AS a) x;
CREATE TEMP TABLE legs AS
  SELECT 2 * 6371008.8 * asin(least(1, sqrt(sin(radians(lat - plat) / 2) ^ 2
    + cos(radians(plat)) * cos(radians(lat)) * sin(radians(lon - plon) / 2) ^ 2))) AS metres, ele - pele AS rise
  FROM (SELECT lat, lon, ele, lag(lat) OVER w AS plat, lag(lon) OVER w AS plon, lag(ele) OVER w AS pele FROM track WINDOW w AS (ORDER BY i)) t
  WHERE plat IS NOT NULL;
INSERT INTO places.circuits
SELECT r.* FROM
(SELECT coalesce(jsonb_object_agg(column_name, CASE WHEN data_type IN ('integer', 'bigint', 'smallint', 'numeric', 'double precision')
    THEN to_jsonb(0) WHEN data_type = 'boolean' THEN to_jsonb(false) ELSE to_jsonb(''::text) END), '{}') AS zeros
  FROM information_schema.columns WHERE table_schema = 'places' AND table_name = 'circuits' AND is_nullable = 'NO' AND column_default IS NULL) z
CROSS JOIN LATERAL jsonb_populate_record(null::places.circuits, z.zeros || jsonb_build_object(
  'id', gen_random_uuid(), 'slug', '$circuit', 'name', 'Grande boucle du bocage', 'practice', 'Bike',
  'difficulty', 2, 'duration_minutes', 150, 'start_commune_insee', '59249', 'dogs_allowed', false, 'places_along', '',
  'points', (SELECT json_agg(json_build_object('latitude', lat, 'longitude', lon, 'elevation', ele) ORDER BY i)::text FROM track),
  'steps', '[]', 'length_metres', (SELECT round(sum(metres)) FROM legs), 'climb_metres', (SELECT round(sum(rise)) FROM legs WHERE rise > 0),
  'is_demo', true, 'updated_at_utc', now(), 'summary_fr', 'Trente kilomètres à vélo par les villages et les haies du bocage.',
  'description_fr', 'Départ place Verte à Fourmies. Une trace enregistrée au téléphone, un point par seconde.')) r;
SQL
log "circuit: $(psql_do -c "SELECT length(points) || ' characters of JSON, ' || length_metres || ' m, climb ' || climb_metres || ' m' FROM places.circuits WHERE slug = '$circuit'")"

# --- The pages' bytes, and what they say ---------------------------------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
curl -s --fail --max-time 30 -o "$work/nginx/www/filtre.html" "$app_url$filtered"
curl -s --fail --max-time 30 -o "$work/nginx/www/recherche.html" "$app_url$search"
first_gpx=$(curl -s --fail --max-time 60 -o "$work/nginx/www/trace.gpx" -w '%{time_total}' "$app_url$gpx")
curl -s --fail --max-time 30 -o "$work/filtre-buster.html" "$app_url$filtered&langue=b0n0"
count_of() { grep -o 'class="results-count"[^<]*' "$1" | sed 's/.*>//' | head -n 1; }
filtered_count=$(count_of "$work/nginx/www/filtre.html")
search_count=$(count_of "$work/nginx/www/recherche.html")
# The language links carry the page's address back (retour=…), buster included: compare without it.
sed -e 's/&amp;langue=b0n0//g' -e 's/%26langue%3Db0n0//g' "$work/filtre-buster.html" >"$work/filtre-buster-stripped.html"
buster_same=$(cmp -s "$work/nginx/www/filtre.html" "$work/filtre-buster-stripped.html" \
  && echo "the same bytes once the echoed langue=b0n0 is removed from the language links" \
  || echo "$(wc -c <"$work/filtre-buster-stripped.html") bytes against $(wc -c <"$work/nginx/www/filtre.html"): NOT the same page")
trkpts=$(grep -o '<trkpt ' "$work/nginx/www/trace.gpx" | wc -l)
# Bytes on the wire with Accept-Encoding (body only) and the encoding chosen
wire() { curl -s --max-time 60 -H "$accept" -o /dev/null -D "$work/headers.txt" -w '%{size_download}' "$1" \
  && printf ' (%s)' "$(tr -d '\r' <"$work/headers.txt" | awk -F': ' 'tolower($1) == "content-encoding" { e = $2 } END { print (e == "" ? "identity" : e) }')"; }

# --- nginx serving the same bytes ---------------------------------------------------------------------------
chmod -R a+rX "$work/nginx"
nginx_port=$(free_port)
while [ "$nginx_port" = "$app_port" ] || [ "$nginx_port" = "$pgport" ]; do nginx_port=$(free_port); done
nginx_url="http://127.0.0.1:$nginx_port"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off; worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
    types { text/html html; application/gpx+xml gpx; } default_type application/octet-stream;
    gzip on; gzip_vary on; gzip_comp_level 1;  # text/html compressed on the fly, as the app does (home.sh); not the GPX
    client_body_temp_path $work/nginx/tmp/body; proxy_temp_path $work/nginx/tmp/proxy; fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi; scgi_temp_path $work/nginx/tmp/scgi;
    server { listen 127.0.0.1:$nginx_port; root $work/nginx/www; location / { try_files \$uri =404; } }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
wait_ready "$nginx_url/filtre.html" 15 || { log "nginx did not start; its log:"; cat "$work/nginx/error.log" >&2 || true; exit 1; }
wire_app_filtered=$(wire "$app_url$filtered" || true); wire_nginx_filtered=$(wire "$nginx_url/filtre.html" || true)
wire_app_search=$(wire "$app_url$search" || true); wire_nginx_search=$(wire "$nginx_url/recherche.html" || true)
wire_app_gpx=$(wire "$app_url$gpx" || true); wire_nginx_gpx=$(wire "$nginx_url/trace.gpx" || true)

# --- wrk: p95/p99 printed by a done hook; the cache buster adds a distinct `langue` to each request ----------
cat >"$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\np99_ms %.2f\n", latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
{ cat <<'LUA'
local made = 0
function setup(thread) made = made + 1; thread:set("tid", made) end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&langue=b" .. tid .. "n" .. n)
end
LUA
cat "$work/p95.lua"; } >"$work/buster.lua"
wrk_bound=$(( $(seconds_of "$duration") + 60 ))
run_wrk() {  # run_wrk URL DURATION OUTFILE [SCRIPT [CONNECTIONS]], in the background so that an interrupt stops it at once
  timeout "$wrk_bound" wrk -t"$threads" -c"${5:-$connections}" -d"$2" --timeout 10s --latency -H "$accept" -s "${4:-$work/p95.lua}" "$1" >"$3" 2>&1 &
  wrk_pid=$!; wait "$wrk_pid" || true; wrk_pid=""
}
# One visitor alone: N sequential requests, each a distinct URL (uncached), median and p95 in ms
sequential() {  # sequential URL OUTFILE
  local i sep='?'; case $1 in *\?*) sep='&' ;; esac
  for i in $(seq 1 "$requests"); do
    curl -s --max-time 30 -H "$accept" -o /dev/null -w '%{time_total}\n' "$1${sep}langue=s$i" || echo 30
  done >"$2"
}
quantiles() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a n/a"; exit }
  i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "%.1f %.1f\n", v[int((NR + 1) / 2)] * 1000, v[i] * 1000 }'; }

log "warming up the app and nginx for $warmup"
run_wrk "$app_url$filtered" "$warmup" "$work/warm-app.txt"
run_wrk "$app_url$filtered" "$warmup" "$work/warm-app-buster.txt" "$work/buster.lua"
run_wrk "$app_url$search" "$warmup" "$work/warm-search-buster.txt" "$work/buster.lua"
run_wrk "$app_url$api" "$warmup" "$work/warm-api-buster.txt" "$work/buster.lua"
run_wrk "$nginx_url/filtre.html" "$warmup" "$work/warm-nginx.txt"
log "1a. cached: wrk -t$threads -c$connections -d$duration --latency -H '$accept' $filtered, then nginx, then $search, then nginx"
run_wrk "$app_url$filtered" "$duration" "$work/filtered-app.txt"
run_wrk "$nginx_url/filtre.html" "$duration" "$work/filtered-nginx.txt"
run_wrk "$app_url$search" "$duration" "$work/search-app.txt"
run_wrk "$nginx_url/recherche.html" "$duration" "$work/search-nginx.txt"
log "1b. uncached: the same with a distinct langue= on every request"
run_wrk "$app_url$filtered" "$duration" "$work/filtered-uncached.txt" "$work/buster.lua"
run_wrk "$app_url$search" "$duration" "$work/search-uncached.txt" "$work/buster.lua"
run_wrk "$app_url$api" "$duration" "$work/api-uncached.txt" "$work/buster.lua"
log "1c. one visitor alone: $requests sequential uncached requests of each"
sequential "$app_url$filtered" "$work/filtered-seq.txt"
sequential "$app_url$search" "$work/search-seq.txt"
log "2. $gpx: wrk -c$gpx_connections against the app, then nginx; then $requests sequential downloads"
run_wrk "$app_url$gpx" "$warmup" "$work/warm-gpx.txt" "$work/p95.lua" "$gpx_connections"
run_wrk "$app_url$gpx" "$duration" "$work/gpx-app.txt" "$work/p95.lua" "$gpx_connections"
run_wrk "$nginx_url/trace.gpx" "$duration" "$work/gpx-nginx.txt" "$work/p95.lua" "$gpx_connections"
for i in $(seq 1 "$requests"); do curl -s --max-time 30 -o /dev/null -w '%{time_total}\n' "$app_url$gpx" || echo 30; done >"$work/gpx-seq.txt"
stop_pid "$nginx_pid" QUIT; nginx_pid=""
app_rss=$(awk '/^VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$app_pid/status" 2>/dev/null || echo "n/a")  # the subshell exec'd dotnet

# --- The directory's queries alone (written after PlaceDirectory: themes, count, page of 20) ------------------
plan_ms() { psql_do -c "EXPLAIN (ANALYZE, FORMAT JSON) $1" | awk -F'"Execution Time": ' 'NF > 1 { split($2, a, /[,}]/); printf "%.2f", a[1] }'; }
themes_ms=$(plan_ms "SELECT details_themes FROM places.places")
f_where="details_kind = 'Shop' AND details_commune_insee = '59249'"
s_where="search_text LIKE '%boulangerie%'"
f_count_ms=$(plan_ms "SELECT count(*) FROM places.places WHERE $f_where")
f_page_ms=$(plan_ms "SELECT * FROM places.places WHERE $f_where ORDER BY details_name LIMIT 20")
s_count_ms=$(plan_ms "SELECT count(*) FROM places.places WHERE $s_where")
s_page_ms=$(plan_ms "SELECT * FROM places.places WHERE $s_where ORDER BY details_name LIMIT 20")
f_scan=$(psql_do -c "EXPLAIN SELECT count(*) FROM places.places WHERE $f_where" | grep -o -m1 -E '(Seq|Index|Bitmap Heap|Index Only) Scan[^(]*' | sed 's/ *$//' || true)

# --- Report -----------------------------------------------------------------------------------------------------
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
pct_of() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
ratio_of() { awk -v a="${1:-0}" -v n="${2:-0}" 'BEGIN { if (n > 0) printf "%.2f", a / n; else print "n/a" }'; }
verdict_of() { awk -v r="$1" -v t="$target_ratio" 'BEGIN { print (r != "n/a" && r + 0 >= t) ? "PASS" : "BELOW TARGET" }'; }
row() {  # row LABEL FILE
  printf '%-36s %12s %10s %10s\n' "$1" "$(rps_of "$2")" "$(pct_of "$2" p95_ms)" "$(pct_of "$2" p99_ms)"
  local errs; errs=$(grep -E 'Non-2xx|Socket errors' "$2" | sed 's/^ *//' | paste -sd';' - || true)
  [ -z "$errs" ] || echo "  warning: $errs"
}
header() { printf '%-36s %12s %10s %10s\n' "" "requests/s" "p95 (ms)" "p99 (ms)"; }

echo
echo "== 1. the directory with $places places inserted (wrk -t$threads -c$connections -d$duration --latency, $accept) =="
for page in filtered search; do
  if [ "$page" = filtered ]; then url=$filtered; found=$filtered_count; fw=$wire_app_filtered; nw=$wire_nginx_filtered
  else url=$search; found=$search_count; fw=$wire_app_search; nw=$wire_nginx_search; fi
  echo "-- $url: « $found »; wire bytes app $fw, nginx $nw"
  header
  row "app, cached (same URL)" "$work/$page-app.txt"
  row "app, uncached (distinct langue=)" "$work/$page-uncached.txt"
  [ "$page" = search ] || row "  /api/lieux, same filter, uncached" "$work/api-uncached.txt"
  row "nginx (same HTML)" "$work/$page-nginx.txt"
  r=$(ratio_of "$(rps_of "$work/$page-app.txt")" "$(rps_of "$work/$page-nginx.txt")")
  ru=$(ratio_of "$(rps_of "$work/$page-uncached.txt")" "$(rps_of "$work/$page-nginx.txt")")
  printf 'ratio app/nginx: cached %s (target >= %s) %s; uncached %s\n' "$r" "$target_ratio" "$(verdict_of "$r")" "$ru"
  read -r med p95 < <(quantiles "$work/$page-seq.txt")
  printf 'one visitor alone, %s sequential uncached requests: median %s ms, p95 %s ms\n' "$requests" "$med" "$p95"
done
echo "cache buster check: the page with langue=b0n0 and without: $buster_same"
printf 'SQL alone (EXPLAIN ANALYZE, ms): all themes %s; filtered count %s, page %s (%s); search count %s, page %s\n' \
  "$themes_ms" "$f_count_ms" "$f_page_ms" "${f_scan:-?}" "$s_count_ms" "$s_page_ms"
echo
echo "== 2. $gpx, $points points (wrk -t$threads -c$gpx_connections -d$duration --latency, $accept) =="
printf 'response: %s <trkpt>, %s bytes; on the wire app %s, nginx %s; first download %s s\n' "$trkpts" \
  "$(wc -c <"$work/nginx/www/trace.gpx")" "$wire_app_gpx" "$wire_nginx_gpx" "$first_gpx"
header
row "app (not output-cached)" "$work/gpx-app.txt"
row "nginx (same GPX)" "$work/gpx-nginx.txt"
printf 'ratio app/nginx: %s\n' "$(ratio_of "$(rps_of "$work/gpx-app.txt")" "$(rps_of "$work/gpx-nginx.txt")")"
read -r med p95 < <(quantiles "$work/gpx-seq.txt")
printf 'one visitor alone, %s sequential downloads: median %s ms, p95 %s ms\n' "$requests" "$med" "$p95"
echo
printf 'app peak memory: %s; load average (1 min) at the end, %s cores: %s\n' "$app_rss" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
exit 0
