#!/usr/bin/env bash
# CivilAffairsReports entry point (Linux, macOS). Same verbs as run.ps1.
#   ./run.sh                 monthly batch over seeds/, published to reports/
#   ./run.sh test            the whole test suite; last line "N passed, N failed"
#   ./run.sh <verb> [args]   any other verb goes to the console program (./run.sh --help)
# Needs the .NET 10 SDK. NuGet brings every library (DuckDB's native one included); on Linux as root,
# apt-get brings Chromium (prints the PDFs), CJK fonts and, for the tests, poppler-utils and LibreOffice.
set -euo pipefail
cd "$(dirname "$0")"

CONFIGURATION=Release
CLI_DLL="src/CivilAffairsReports.Cli/bin/$CONFIGURATION/net10.0/civil-affairs-reports.dll"
POWERSHELL_VERSION=7.6.9

log() { printf '[run.sh] %s\n' "$*" >&2; }

find_chromium() {
  for candidate in chromium-headless-shell chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  [ -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ]
}

# A browser the user chose is used as it is, never replaced by an installed one.
check_chosen_browser() {
  [ -z "${CHROMIUM_PATH:-}" ] && return 0
  [ -f "$CHROMIUM_PATH" ] && [ -x "$CHROMIUM_PATH" ] && return 0
  log "CHROMIUM_PATH 指向的浏览器不存在或不可执行 (not an executable): $CHROMIUM_PATH"
  exit 3
}

# grep reads all of fc-list's output (no -q): with pipefail, an early exit would fail the pipe with SIGPIPE.
has_font() { command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -iE "$1" >/dev/null; }

# Chromium's headless shell prints the same PDFs in about two thirds of the time; where the package lists offer it,
# it is installed beside Chromium and preferred. Optional: without it Chromium prints, and nobody is asked for it.
headless_shell_installable() {
  [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium-headless-shell >/dev/null 2>&1 \
    && apt-cache show chromium-headless-shell >/dev/null 2>&1
}

ensure_system_packages() {
  local missing=()
  check_chosen_browser
  [ -n "${CHROMIUM_PATH:-}" ] || find_chromium || missing+=(chromium)
  # TrueType faces for 黑体, 宋体 (body) and 楷体, which print fast and small; Noto CJK for characters outside GB 2312.
  has_font 'Noto (Sans|Serif) CJK|Source Han|PingFang|Heiti|Songti' || missing+=(fonts-noto-cjk)
  has_font 'WenQuanYi Zen Hei' || missing+=(fonts-wqy-zenhei)
  has_font 'AR PL SungtiL GB' || missing+=(fonts-arphic-gbsn00lp)
  has_font 'Liberation Serif' || missing+=(fonts-liberation)
  has_font 'AR PL KaitiM GB' || missing+=(fonts-arphic-gkai00mp)
  if [ "${1:-}" = test ]; then
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  fi
  local can_install=false
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && can_install=true
  if [ ${#missing[@]} -gt 0 ]; then
    if ! $can_install; then
      log "缺少系统依赖 (missing): ${missing[*]}"
      log "请先运行 (run this once, then try again): sudo apt-get install -y ${missing[*]}"
      exit 3
    fi
    log "安装系统依赖 (installing): ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  fi
  if $can_install && headless_shell_installable; then
    log "安装 (installing): chromium-headless-shell"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null 2>&1 \
      || log "chromium-headless-shell 未能安装，由 Chromium 打印 (not installed; Chromium prints)"
  fi
}

# The tests run run.ps1 too: PowerShell comes as a .NET tool where it is missing.
ensure_powershell() {
  export PATH="$PATH:$HOME/.dotnet/tools"
  command -v pwsh >/dev/null 2>&1 && return 0
  log "dotnet tool install PowerShell $POWERSHELL_VERSION"
  dotnet tool install --global PowerShell --version "$POWERSHELL_VERSION" >/dev/null
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
    ensure_powershell
    build
    run_tests
    ;;
  *)
    ensure_system_packages
    build
    if [ $# -eq 0 ]; then set -- run; fi
    exec dotnet "$CLI_DLL" "$@"
    ;;
esac
