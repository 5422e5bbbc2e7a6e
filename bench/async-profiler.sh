#!/usr/bin/env bash
# Prints the path of async-profiler's Linux x64 agent, fetched once from Maven Central into target/ (the jar ships the
# native library). Used by bench/footprint.sh and bench/submissions.sh when PROFILE is set.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=target/async-profiler
LIB=$DIR/linux-x64/libasyncProfiler.so
if [ ! -f "$LIB" ]; then
    mkdir -p "$DIR"
    curl -sfL -o "$DIR/async-profiler.jar" https://repo1.maven.org/maven2/tools/profiler/async-profiler/4.1/async-profiler-4.1.jar
    (cd "$DIR" && unzip -o -q async-profiler.jar linux-x64/libasyncProfiler.so)
fi
echo "$PWD/$LIB"
