#!/usr/bin/env bash
# Runs every test of the solution and ends with the line "N passed, N failed", summed from the TRX reports.
# Debian's Chromium is installed when missing, for the PDF dossier tests and the web app's browser tests (locally they
# skip without it; with CI set they fail); so is a standard OpenAPI validator from npm, for the API document's test.
# PostgreSQL is installed from Debian's packages when missing, started here on a private socket and port, and
# stopped at the end; the storage tests find it through DOCKET_TEST_PG. Locally they skip when it cannot start;
# with CI set they fail.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
. eng/postgres.sh
. eng/chromium.sh
. eng/openapi.sh
cleanup() {
  stop_postgres
  rm -rf "$results"
}
trap cleanup EXIT

if ! start_postgres; then
  echo "PostgreSQL could not be started; its tests skip locally and fail on CI." >&2
  [ -n "$pgdir" ] && cat "$pgdir/log" >&2 2>/dev/null
fi

if ! ensure_chromium; then
  echo "Chromium could not be installed; the PDF tests skip locally and fail on CI." >&2
fi

if ! ensure_openapi_validator; then
  echo "The OpenAPI validator could not be installed from npm; its test skips locally and fails on CI." >&2
fi

status=0
dotnet build Docket.slnx -nologo -v q || status=$?

# One results folder per test project: TRX names are timestamps, and two projects finishing together would collide.
if [ "$status" -eq 0 ]; then
  for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test --project "$project" --no-build --report-xunit-trx --results-directory "$results/$name" --no-progress || status=$?
  done
fi

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

if [ "${#trx_files[@]}" -eq 0 ] || [ "$passed" -eq 0 ]; then
  echo "No test results were produced (build failure or no tests)." >&2
  [ "$status" -eq 0 ] && status=1
fi
[ "$failed" -gt 0 ] && [ "$status" -eq 0 ] && status=1

echo "$passed passed, $failed failed"
exit "$status"
