#!/usr/bin/env bash
# Measures the intake figures and prints them:
#  1. throughput: BenchmarkDotNet median time to read a ~4 MiB corpus of narratives, as MB/s on one core;
#  2. cold start: median wall time of `docket intake` on the three seeds, ReadyToRun against plain JIT, same run;
#  3. Merkle tree: root over 1,000,000 leaves against plain SHA-256 of the same inputs, and proof times;
#  4. accuracy: field-by-field F1 against the hand-written expectations;
#  5. dossier: the HTML dossier of a case with 10,000 facts and 1,000 exhibits (BenchmarkDotNet), and its PDF (timed runs).
# Machines are shared and noisy: read medians and the ratio measured in the same run.
# Usage: bench/run.sh [intake] [coldstart] [merkle] [appends] [verify] [compliance] [schedule] [clocks] [exposure] [dossier] [accuracy]   (no argument: all of them)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=(../shared/seeds/*.txt)
runs=${RUNS:-21}

dotnet build bench/Docket.Benchmarks -c Release -v q -nologo >/dev/null
bench="artifacts/bin/Docket.Benchmarks/release/Docket.Benchmarks.dll"

# Runs one single-benchmark class and prints its median against the target.
median_of() {
  dotnet "$bench" --filter "*$1*" --affinity 1 --exporters csv --artifacts out/bench >/dev/null
  python3 - out/bench/results/*"$1"-report.csv "$2" "$3" <<'PY'
import csv, sys
row = next(csv.DictReader(open(sys.argv[1])))
print(f"{sys.argv[2]}: {row['Median']} (target {sys.argv[3]})")
PY
}

want() { [ ${#sections[@]} -eq 0 ] || [[ " ${sections[*]} " == *" $1 "* ]]; }
sections=("$@")

if want intake; then
echo "== throughput (BenchmarkDotNet, one process, median)"
dotnet "$bench" --filter '*IntakeBenchmarks*' --affinity 1 --exporters csv --artifacts out/bench >/dev/null
bytes=$(dotnet "$bench" corpus-bytes)
csv=$(ls out/bench/results/*IntakeBenchmarks-report.csv)
median=$(python3 - "$csv" <<'PY'
import csv, sys
row = next(csv.DictReader(open(sys.argv[1])))
value, unit = row["Median"].replace(",", "").split()
scale = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
print(float(value) * scale)
PY
)
awk -v b="$bytes" -v t="$median" 'BEGIN { printf "corpus %.2f MB, median %.1f ms, throughput %.2f MB/s per core\n", b/1e6, t*1000, b/1e6/t }'

fi

if want coldstart; then
echo "== cold start: docket intake on ${#seeds[@]} seeds, $runs runs each"
for mode in true false; do
  dir="out/publish-r2r-$mode"
  dotnet publish src/Docket.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=$mode -o "$dir" -v q -nologo >/dev/null
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$dir/docket" intake "${seeds[@]}" --json >/dev/null 2>&1
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "ReadyToRun=$mode: median ${sorted[$(( runs / 2 ))]} ms (min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]})"
done

fi

if want merkle; then
echo "== Merkle tree (BenchmarkDotNet, medians; ratio against plain SHA-256 of the same inputs, same run)"
dotnet "$bench" --filter '*Merkle*' --affinity 1 --exporters csv --artifacts out/bench >/dev/null
python3 - out/bench/results/*MerkleBenchmarks-report.csv out/bench/results/*MerkleProofBenchmarks-report.csv <<'PY'
import csv, sys
scale = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}
def seconds(text):
    value, unit = text.replace(",", "").split()
    return float(value) * scale[unit]
rows = {r["Method"]: seconds(r["Median"]) for f in sys.argv[1:] for r in csv.DictReader(open(f))}
print(f"root over 1,000,000 leaves: {rows['MerkleRoot']*1e3:.0f} ms; SHA-256 of the same inputs: {rows['Sha256OfSameInputs']*1e3:.0f} ms; ratio {rows['MerkleRoot']/rows['Sha256OfSameInputs']:.2f}")
for name in ("InclusionProof", "ConsistencyProof", "VerifyInclusion"):
    print(f"{name} on a 1,000,000-entry log: {rows[name]*1e6:.1f} us")
PY

fi

if want appends; then
echo "== ledger appends on SQLite (WAL) and PostgreSQL (BenchmarkDotNet medians)"
. eng/postgres.sh
trap stop_postgres EXIT
start_postgres || { echo "PostgreSQL could not be started" >&2; exit 1; }
dotnet "$bench" --filter '*LedgerAppendBenchmarks*' --affinity 1 --exporters csv --artifacts out/bench >/dev/null
stop_postgres
python3 - out/bench/results/*LedgerAppendBenchmarks-report.csv <<'PY'
import csv, sys
scale = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}
def seconds(text):
    value, unit = text.replace(",", "").split()
    return float(value) * scale[unit]
for r in csv.DictReader(open(sys.argv[1])):
    n = 10000 if r["Method"] == "AppendBatched" else 200
    what = "batched (1,000 per transaction)" if r["Method"] == "AppendBatched" else "one transaction each"
    print(f"{r['Provider']}: {what}: {n/seconds(r['Median']):,.0f} entries/s")
PY

fi

if want verify; then
echo "== offline verify of a 100,000-entry bundle (BenchmarkDotNet median)"
median_of BundleVerifyBenchmarks "verify" "under 2 s"

fi

if want compliance; then
echo "== compliance: assessment of a 1,000-obligation case against every catalog (BenchmarkDotNet median)"
median_of ComplianceBenchmarks "assessment" "under 50 ms"
fi

if want schedule; then
echo "== schedule: CPM over 10,000 activities and 20,000 links; time impact analysis with 100 events (BenchmarkDotNet medians)"
median_of CriticalPathBenchmarks "CPM" "under 50 ms"
median_of TimeImpactBenchmarks "time impact analysis" "under 2 s"
fi

if want clocks; then
echo "== clocks: every rule for 10,000 incidents (BenchmarkDotNet median)"
median_of ClockBenchmarks "clocks" "under 1 s"
fi

if want exposure; then
echo "== exposure: 100,000 Monte Carlo trials of the full damages pipeline (BenchmarkDotNet median)"
median_of MonteCarloBenchmarks "Monte Carlo" "under 1 s"
fi

if want dossier; then
echo "== dossier: 10,000 chronology facts and 1,000 exhibits"
median_of DossierBenchmarks "HTML dossier (every analysis, the proofs and the HTML), BenchmarkDotNet median" "2 s"
. eng/chromium.sh
if ensure_chromium; then
  dotnet "$bench" dossier-pdf "${PDF_RUNS:-3}"
else
  echo "PDF: no Chromium (apt-get install -y chromium)"
fi
fi

if want accuracy; then
echo "== accuracy"
dotnet "$bench" score
fi
