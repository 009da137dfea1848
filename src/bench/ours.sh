#!/usr/bin/env bash
# Builds a bench corpus (../shared/bench gen-corpus, canonical flavor) with bmo-site.
#
# Usage: src/bench/ours.sh CORPUS OUT
#   CORPUS  folder with content/nl, content/en (canonical front matter; no site.yaml, no theme)
#   OUT     output folder (absent; created by the build)
#
# Writes CORPUS/content/site.yaml (nl + en, nl default in /nl/, baseUrl http://localhost/, theme bench),
# copies src/bench/theme to CORPUS/themes/bench, then runs target/bmo-site.jar (build it first:
# mvn -B -q package -DskipTests).
#
# Environment:
#   BMO_JAVA_OPTS  JVM options (default below; set to "" for plain `java -jar`)
#   JAVA           java binary (default: java)
#
# With the harness:
#   OURS_CMD='bash $PWD/src/bench/ours.sh {corpus} {out}' OURS_NAME=bmo-site \
#   SSG_BENCH_RESULTS=/tmp/bench-results ../shared/bench/run --sizes 1000,10000 --peers hugo,bmo-site
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 CORPUS OUT" >&2
  exit 2
fi
corpus=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=$repo/target/bmo-site.jar
if [ ! -f "$jar" ]; then
  echo "$jar not found: run 'mvn -B -q package -DskipTests' in $repo first" >&2
  exit 1
fi
[ -d "$corpus/content/nl" ] && [ -d "$corpus/content/en" ] || { echo "$corpus has no content/nl and content/en" >&2; exit 1; }

cat > "$corpus/content/site.yaml" <<'YAML'
# Written by src/bench/ours.sh for the SSG benchmark.
baseUrl: http://localhost/
theme: bench
defaultLanguage: nl
defaultLanguageInSubdir: true
languages:
  - code: nl
    name: Nederlands
    locale: nl-NL
    title: Campagne
  - code: en
    name: English
    locale: en-GB
    title: Campaign
YAML

# The theme is six small files: copy it (a symlinked theme folder is not walked by Files.walk).
rm -rf "$corpus/themes/bench"
mkdir -p "$corpus/themes"
cp -R "$here/theme" "$corpus/themes/bench"

# shellcheck disable=SC2086
exec "${JAVA:-java}" ${BMO_JAVA_OPTS-} -jar "$jar" build --source "$corpus" --destination "$out"
