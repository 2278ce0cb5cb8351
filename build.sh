#!/usr/bin/env bash
# Anyvc's one entry point. Verbs:
#   ./build.sh check   the conformance matrix over every backend, printed as a table (the main job)
#   ./build.sh test    every test; ends with "N passed, N failed, N skipped"; non-zero on any failure
#   ./build.sh bench   the benchmarks; writes artifacts/bench/*.json
#   ./build.sh build   restore and build only
#   ./build.sh docs    rewrite docs/protocol.md's generated tables from the command registry
#   ./build.sh pack    the anyvc .NET tool: artifacts/package/release/Anyvc.Cli.<version>.nupkg
# Each verb installs missing tools with apt-get when run as root, or prints the exact command to run when not:
# what every backend lists in its backends/<Project>/tools.txt ("command package" lines), plus what the tests
# and benchmarks use themselves (git, python3, taskset, patch for the diff tests, npm for the workflow validator).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration=Release

required_tools() {
    printf '%s\n' "git git" "python3 python3" "taskset util-linux" "patch patch" "npm npm"
    cat backends/*/tools.txt 2>/dev/null
}

ensure_tools() {
    local missing=() command package
    while read -r command package; do
        case "$command" in ''|'#'*) continue ;; esac
        command -v "$command" >/dev/null || missing+=("$package")
    done < <(required_tools)
    if [ ${#missing[@]} -eq 0 ]; then return 0; fi
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "build.sh: installing ${missing[*]}" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    else
        echo "build.sh: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
        echo "build.sh: backends whose tool is missing are skipped (or fail if ANYVC_REQUIRE_BACKENDS names them)" >&2
    fi
}

ensure_dotnet() {
    command -v dotnet >/dev/null || { echo "build.sh: the .NET SDK 10 is required (dotnet not on PATH)" >&2; exit 1; }
}

build() {
    ensure_dotnet
    dotnet build Anyvc.Tests.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:q
}

cli() {
    dotnet "artifacts/bin/Anyvc.Cli/${configuration,,}/Anyvc.Cli.dll" "$@"
}

run_tests() {
    local results=artifacts/test-results
    rm -rf "$results"
    local status=0
    dotnet test Anyvc.Tests.sln -c "$configuration" --no-build -nologo \
        --logger "trx" --results-directory "$results" \
        --blame-hang-timeout 5m "$@" || status=$?
    cli summary "$results" || status=$((status == 0 ? 1 : status))
    return $status
}

verb=${1:-help}
shift || true
case "$verb" in
    build) ensure_tools; build ;;
    test) ensure_tools; build; run_tests "$@" ;;
    check) ensure_tools; build; cli check "$@" ;;
    backends) ensure_tools; build; cli backends ;;
    docs) build; cli docs ;;
    pack) build; dotnet pack tools/Anyvc.Cli -c "$configuration" --no-build -nologo -v:q
          echo "install: dotnet tool install --global --add-source artifacts/package/${configuration,,} Anyvc.Cli" ;;
    bench) ensure_tools; build; dotnet "artifacts/bin/Anyvc.Bench/${configuration,,}/Anyvc.Bench.dll" "$@" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
esac
