# Sourced by test.sh and bench/run.sh: makes sure Debian's Chromium is there for the PDF dossier (the browser
# Playwright drives; Docket never downloads one). Installed from Debian's packages when missing and we are root.
ensure_chromium() {
  if [ -n "${DOCKET_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) >/dev/null 2>&1
  fi
  [ -x /usr/bin/chromium ]
}
