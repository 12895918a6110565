#!/usr/bin/env bash
# Measures the web API under load with wrk (Debian's package; installed when missing and root):
# the case overview (GET /api/cases/ID with a personal API token) at 50 concurrent connections, against a Release
# build of `docket serve` on 127.0.0.1 on the embedded SQLite default. Prints wrk's report, then the requests per
# second and the 99th-percentile latency against the targets (at least 1,000 requests/s, p99 under 50 ms).
# Usage: bench/web-load.sh [SECONDS]   (default 30; a 5-second warm-up runs first)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null 2>&1
fi
command -v wrk >/dev/null 2>&1 || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }

dotnet build src/Docket.Cli -c Release -v q -nologo >/dev/null
docket=(dotnet artifacts/bin/Docket.Cli/release/docket.dll)
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "a load test passphrase" | "${docket[@]}" user add load@example.test --name Load --db "$work/docket.db" >/dev/null
token=$("${docket[@]}" token new load@example.test wrk --db "$work/docket.db")
Logging__LogLevel__Default=Warning "${docket[@]}" serve --db "$work/docket.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/signin" && break; sleep 0.2; done
narrative=$(ls examples/cases/* | head -n 1)
case_id=$(curl -s -H "Authorization: Bearer $token" -H "Content-Type: application/octet-stream" --data-binary @"$narrative" \
  "http://127.0.0.1:$port/api/cases?fileName=$(basename "$narrative")&role=claimant" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
url="http://127.0.0.1:$port/api/cases/$case_id"
curl -s -f -o /dev/null -H "Authorization: Bearer $token" "$url"

wrk -t2 -c50 -d5s -H "Authorization: Bearer $token" "$url" >/dev/null
echo "== wrk -t2 -c50 -d${seconds}s --latency -H 'Authorization: Bearer …' $url"
wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$url" | tee "$work/wrk.txt"
python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
print(f"case overview at 50 connections: {rps:,.0f} requests/s (target 1,000), p99 {p99:.1f} ms (target 50 ms)"
      + (f"; {errors.group(1)} non-2xx responses" if errors else "; every response 200"))
PY
