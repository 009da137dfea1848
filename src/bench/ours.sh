#!/usr/bin/env bash
# Builds a bench corpus (src/bench/GenCorpus.java, canonical flavor) with bmo-site.
#
# Usage: src/bench/ours.sh CORPUS OUT
#   CORPUS  folder with content/nl, content/en (canonical front matter; no site.yaml, no theme)
#   OUT     output folder (absent; created by the build)
#
# Writes CORPUS/content/site.yaml (nl + en, nl default in /nl/, baseUrl http://localhost/, theme bench),
# copies src/bench/theme to CORPUS/themes/bench, then runs the launcher target/bmo-site (JVM flags and the class
# data archive, as a user runs it), or `java -jar target/bmo-site.jar` where there is no launcher or
# BMO_PLAIN_JAR=1. Build them first: mvn -B -q package -DskipTests.
#
# Environment:
#   BMO_JAVA_OPTS  extra JVM options (default: none), added after the launcher's own (so they override them)
#   BMO_PLAIN_JAR  1 = always plain `java $BMO_JAVA_OPTS -jar target/bmo-site.jar`
#   JAVA           java binary (default: java; the launcher then uses the JDK it belongs to)
#   BMO_CACHE_DIR  the cache folder (share images, rendered Markdown) to use and keep; default: a new, empty one per run,
#                  deleted afterwards, so that every run is a clean build like the other generators'
#
# src/bench/run calls it; an external harness can too, e.g. with OURS_CMD='bash src/bench/ours.sh {corpus} {out}'.
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

cache=${BMO_CACHE_DIR:-}
if [ -z "$cache" ]; then
  cache=$(mktemp -d "${TMPDIR:-/tmp}/bmo-bench-cache.XXXXXX")
  trap 'rm -rf "$cache"' EXIT
fi

launcher=$repo/target/bmo-site
if [ -x "$launcher" ] && [ "${BMO_PLAIN_JAR:-}" != 1 ]; then
  if [ -n "${JAVA:-}" ]; then
    # The launcher runs $JAVA_HOME/bin/java: point JAVA_HOME at the JDK that holds $JAVA.
    bin=$(readlink -f "$(command -v "$JAVA")") || { echo "JAVA=$JAVA not found" >&2; exit 1; }
    [ "${bin%/bin/java}" != "$bin" ] || { echo "JAVA=$JAVA is not <jdk>/bin/java; set BMO_PLAIN_JAR=1" >&2; exit 1; }
    export JAVA_HOME=${bin%/bin/java}
  fi
  export BMO_SITE_JAVA_OPTS="${BMO_SITE_JAVA_OPTS:-} ${BMO_JAVA_OPTS:-}"
  "$launcher" build --source "$corpus" --destination "$out" --cache-dir "$cache"
  exit
fi
# shellcheck disable=SC2086
"${JAVA:-java}" ${BMO_JAVA_OPTS-} -jar "$jar" build --source "$corpus" --destination "$out" --cache-dir "$cache"
