# Validators someone else wrote, run by test.sh over what the tests produced; sourced (uses test.sh's log).
#   validators_install      installs tests/validators' npm packages (pinned by its package-lock.json) once;
#   validate_html DIR       runs the Nu HTML Checker (vnu-jar, the W3C's validator) over the pages the browser
#                           tests received (DIR/*.html, DIR/pages.tsv naming each page's address); prints
#                           "PASSED FAILED": one check per page, failed when vnu reports an error on it.
validators_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../validators" && pwd)"

validators_install() {
  [ -f "$validators_root/node_modules/.installed" ] && \
    [ "$validators_root/node_modules/.installed" -nt "$validators_root/package-lock.json" ] && return 0
  (cd "$validators_root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || return 1
  touch "$validators_root/node_modules/.installed"
}

validate_html() {
  local dir="$1" report pages bad rc
  pages=$(find "$dir" -maxdepth 1 -name '*.html' | wc -l)
  if [ "$pages" -eq 0 ]; then echo "0 0"; return; fi
  report="$dir.vnu.txt"
  # The pages only (not the index beside them), in batches so that no command line grows too long.
  find "$dir" -maxdepth 1 -name '*.html' -print0 \
    | xargs -0 -n 500 java -jar "$validators_root/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format gnu \
    >"$report" 2>&1
  rc=$?
  bad=$(grep -o '^"[^"]*"' "$report" | sort -u | wc -l)
  if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
    log "Nu HTML Checker did not run (exit $rc):"; head -20 "$report" >&2
    echo "0 1"; return
  fi
  if [ "$bad" -gt 0 ]; then
    log "Nu HTML Checker: errors on $bad of $pages pages:"
    while IFS= read -r line; do
      local file url
      file=$(sed -n 's|^"file:.*/\([^/"]*\.html\)".*|\1|p' <<<"$line")
      url=$(awk -F'\t' -v f="$file" '$1 == f { print $2; exit }' "$dir/pages.tsv" 2>/dev/null)
      printf '  %s %s\n' "${url:-$file}" "$(sed 's|^"[^"]*":||' <<<"$line")" >&2
    done < <(head -60 "$report")
  fi
  echo "$((pages - bad)) $bad"
}
