#!/usr/bin/env bash
# release.sh: build a release snapshot into dist/ from the checkout's
# commit: the six archives (Windows as .zip with the clerk's files, macOS
# and Linux as .tar.gz), checksums.txt, a CycloneDX SBOM per archive, and
# the scoop and winget manifests (generated, never published), and the
# container image as an OCI tarball (scripts/image.sh, .ko.yaml), its
# checksum added to checksums.txt. See .goreleaser.yaml; the tools are
# installed from the Go module proxy at fixed versions.
#
#   scripts/release.sh            # snapshot of HEAD
#   scripts/release.sh --check    # and again, comparing checksums.txt
#
# Reproducible: binaries are built with -trimpath and CGO off, every file
# in every archive carries the commit's time, and the SBOMs have no serial
# number or time; two runs on one commit give the same checksums.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(go env GOPATH)/bin:$PATH"

GORELEASER=v2.17.0    # v2.18 needs Go 1.27
CYCLONEDX=v1.10.0
if ! goreleaser --version 2>/dev/null | grep -q "GitVersion: *${GORELEASER#v}"; then
  go install "github.com/goreleaser/goreleaser/v2@$GORELEASER"
fi
# Each SBOM records the hashes of the cyclonedx-gomod that wrote it: built
# with -trimpath, that binary is the same bytes whatever the machine's
# GOPATH, and so are the SBOMs.
if ! cyclonedx-gomod version 2>/dev/null | grep -q "$CYCLONEDX" ||
  ! go version -m "$(command -v cyclonedx-gomod)" | grep -q -- '-trimpath=true'; then
  go install -trimpath "github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@$CYCLONEDX"
fi

# The release's version is the one in the source (written into every
# PDF), not one made up from tags.
FUWUKA_VERSION=$(sed -n 's/^var Version = "\(.*\)"$/\1/p' render/cards.go)
export FUWUKA_VERSION
# The commit and its time, for `fuwuka version` and every file's time in
# the archives; goreleaser's own reading of them needs a tag.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
FUWUKA_COMMIT=$(git rev-parse HEAD)
FUWUKA_SHORT_COMMIT=$(git rev-parse --short=7 HEAD)
FUWUKA_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
export SOURCE_DATE_EPOCH FUWUKA_COMMIT FUWUKA_SHORT_COMMIT FUWUKA_DATE
# The archives' version (.goreleaser.yaml's snapshot template), which the
# image's file and tag take too.
SNAPSHOT=$FUWUKA_VERSION-snapshot.$FUWUKA_SHORT_COMMIT

build() {
  goreleaser release --snapshot --clean --parallelism 2 >"${1:-/dev/stderr}" 2>&1 || return 1
  # The image, from the same commit and notices; its line sorted into
  # goreleaser's checksums.
  local image="fuwuka_${SNAPSHOT}_image.tar"
  bash scripts/image.sh --tag "$SNAPSHOT" -o "dist/$image" >>"${1:-/dev/stderr}" 2>&1 || return 1
  (cd dist && sha256sum "$image" >>checksums.txt && LC_ALL=C sort -k2 -o checksums.txt checksums.txt)
}

if [ "${1:-}" = --check ]; then
  logs=$(mktemp -d)
  build "$logs/1.log" || { tail -40 "$logs/1.log"; exit 1; }
  cp dist/checksums.txt "$logs/checksums.1"
  build "$logs/2.log" || { tail -40 "$logs/2.log"; exit 1; }
  if ! diff "$logs/checksums.1" dist/checksums.txt; then
    echo "release.sh: two builds of one commit differ" >&2; exit 1
  fi
  rm -rf "$logs"
  echo "release.sh: two builds, identical checksums:"
  cat dist/checksums.txt
else
  build
fi

# What every archive must hold.
status=0
for a in dist/*.zip dist/*.tar.gz; do
  case $a in
    *.zip) names=$(unzip -Z1 "$a"); want="fuwuka.exe LICENSE THIRD_PARTY_NOTICES.txt guide.html example-roster.xlsx make-cards.bat" ;;
    *) names=$(tar -tzf "$a"); want="fuwuka LICENSE THIRD_PARTY_NOTICES.txt" ;;
  esac
  for f in $want; do
    grep -qx "$f" <<<"$names" || { echo "release.sh: $a lacks $f" >&2; status=1; }
  done
  [ -f "${a%.*}.cdx.json" ] || [ -f "${a%.tar.gz}.cdx.json" ] || { echo "release.sh: no SBOM for $a" >&2; status=1; }
done
# The image: each platform's binary static and non-root; this machine's
# run (chrooted, as root) drawing the example as the checkout does.
FUWUKA_IMAGE="$PWD/dist/fuwuka_${SNAPSHOT}_image.tar" go test -count=1 -run TestImageMakesCards ./scripts/imagebase ||
  { echo "release.sh: the image tarball fails its test" >&2; status=1; }
ls -l dist/*.zip dist/*.tar.gz dist/*.tar dist/*.cdx.json dist/checksums.txt
find dist -name '*.json' -path '*scoop*' -o -name '*.yaml' -path '*winget*' | sort
exit $status
