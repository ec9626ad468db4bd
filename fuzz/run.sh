#!/usr/bin/env bash
# Runs fuzz targets one after another, each for a fixed time, on one core.
#   fuzz/run.sh [SECONDS] [TARGET...]      (default: 120 seconds, every target)
# Logs go to fuzz/logs/<target>.log, new corpus entries to fuzz/corpus/<target>/ and
# crashing inputs to fuzz/artifacts/<target>/ (all ignored by git). See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-120}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(ls fuzz_targets | sed 's/\.rs$//')
fi
mkdir -p logs
# Only a stable toolchain is installed: RUSTC_BOOTSTRAP lets it take the -Z flags
# cargo-fuzz passes. --dev: no release builds on the shared machine. -s none: the code
# under test is safe Rust, so AddressSanitizer would only slow it down.
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    echo "== $t (${secs}s)"
    features=()
    case $t in text | screen) features=(--features screening) ;; esac
    if cargo fuzz run --dev -s none "${features[@]}" "$t" "corpus/$t" "seeds/$t" -- \
        -max_total_time="$secs" -timeout=10 -print_final_stats=1 >"logs/$t.log" 2>&1; then
        grep -E '^Done [0-9]+ runs|stat::average_exec_per_sec|stat::new_units_added' "logs/$t.log" || true
    else
        echo "   FAILED: see fuzz/logs/$t.log and fuzz/artifacts/$t/"
        grep -E 'panicked at|SUMMARY|Test unit written' "logs/$t.log" | head -5 || true
    fi
done
