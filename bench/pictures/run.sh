#!/usr/bin/env bash
# Pictures benchmark (issue 13): processes a 24-megapixel JPEG, generated at run time, under
# -Xmx256m, as an upload and the background job do; prints median times and the peak heap.
# Usage: bench/pictures/run.sh [runs] (default 5). Builds the test classes first.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# The heap is the input JPEG (made first, then kept as bytes) plus one picture's processing.
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsdesk.media.PictureProcessingBenchmark "$RUNS"
