#!/usr/bin/env bash
# CivilAffairsReports entry point (Linux, macOS). Same verbs as run.ps1.
#   ./run.sh                 monthly batch over seeds/, published to reports/
#   ./run.sh test            the whole test suite; last line "N passed, N failed"
#   ./run.sh <verb> [args]   any other verb goes to the console program (./run.sh --help)
set -euo pipefail
cd "$(dirname "$0")"

CONFIGURATION=Release
CLI_DLL="src/CivilAffairsReports.Cli/bin/$CONFIGURATION/net10.0/civil-affairs-reports.dll"

log() { printf '[run.sh] %s\n' "$*" >&2; }

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" chromium chromium-browser google-chrome google-chrome-stable; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  [ -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ]
}

# grep reads all of fc-list's output (no -q): with pipefail, an early exit would fail the pipe with SIGPIPE.
has_cjk_fonts() {
  command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -iE 'Noto (Sans|Serif) CJK|Source Han|WenQuanYi|PingFang|Heiti|Songti' >/dev/null
}

# Chromium prints the PDFs, Noto CJK keeps Chinese out of tofu boxes, poppler reads PDFs back in tests.
ensure_system_packages() {
  local missing=()
  find_chromium || missing+=(chromium)
  has_cjk_fonts || missing+=(fonts-noto-cjk)
  # 楷体 for second-level headings (GB/T 9704 style); the pages fall back to Noto CJK without it.
  { command -v fc-list >/dev/null 2>&1 && fc-list | grep "AR PL KaitiM GB" >/dev/null; } || missing+=(fonts-arphic-gkai00mp)
  if [ "${1:-}" = test ]; then
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "安装系统依赖 (installing): ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  else
    log "缺少系统依赖 (missing): ${missing[*]}"
    log "请先运行 (run this once, then try again): sudo apt-get install -y ${missing[*]}"
    exit 3
  fi
}

# DuckDB's native library and ECharts come from npm, pinned in package.json + package-lock.json.
ensure_node_assets() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    command -v npm >/dev/null 2>&1 || { log "npm is required (install Node.js 20+)"; exit 3; }
    log "npm ci: DuckDB native library, ECharts"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build() {
  log "dotnet build ($CONFIGURATION)"
  dotnet build CivilAffairsReports.sln -c "$CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly
}

run_tests() {
  local results_dir="TestResults"
  rm -rf "$results_dir"
  local status=0
  dotnet test tests/CivilAffairsReports.Tests -c "$CONFIGURATION" --no-build --nologo \
    --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
    --results-directory "$results_dir" || status=$?
  local trx="$results_dir/results.trx"
  if [ ! -f "$trx" ]; then
    log "no test results were written ($trx)"
    echo "0 passed, 1 failed"
    return 1
  fi
  # Figures the tests measured (extraction precision/recall), from the tests' own output.
  grep -o '\[quality\][^&<]*' "$trx" | sort -u >&2 || true
  local counters passed failed
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  echo "${passed:-0} passed, ${failed:-0} failed"
  return $status
}

verb="${1:-run}"
case "$verb" in
  test)
    ensure_system_packages test
    ensure_node_assets
    build
    run_tests
    ;;
  *)
    ensure_system_packages
    ensure_node_assets
    build
    if [ $# -eq 0 ]; then set -- run; fi
    exec dotnet "$CLI_DLL" "$@"
    ;;
esac
