#!/usr/bin/env bash
# image.sh: build the container image, fuwuka alone on a static non-root
# base, for linux/amd64 and linux/arm64, as an OCI image layout in a tar
# (an "oci-archive": `skopeo copy oci-archive:FILE docker://…`,
# `podman load -i FILE`, `crane push FILE …` after unpacking), with no
# container daemon and no outside registry:
#
#   1. scripts/imagebase writes the base's one layer (accounts, /tmp, the
#      licence and notices);
#   2. crane serves a registry on 127.0.0.1:$FUWUKA_IMAGE_PORT (5791) for
#      the length of the build, and makes the base image there;
#   3. ko builds fuwuka onto that base, as .ko.yaml says, into a layout;
#   4. the layout is packed with fixed names, owners, modes and times.
#
#   scripts/image.sh                                   # dist/fuwuka_<version>_image.tar
#   scripts/image.sh --platforms linux/amd64 -o FILE   # one platform (CI)
#   scripts/image.sh --tag 0.1.0-snapshot.abc1234      # the tag (the version)
#
# Reproducible: the same commit gives the same bytes. The base's name,
# with the registry's port, is written into the image (ko records it), so
# the port is fixed, not chosen; two builds at once on one machine cannot
# both have it, and the second says so.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(go env GOPATH)/bin:$PATH"

KO=v0.19.0
CRANE=v0.22.1
platforms=linux/amd64,linux/arm64
out=
tag=
while [ $# -gt 0 ]; do
  case $1 in
    --platforms) platforms=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    *) echo "image.sh: unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

if ! ko version 2>/dev/null | grep -qx "${KO#v}"; then
  go install "github.com/google/ko@$KO"
fi
if ! crane version 2>/dev/null | grep -qx "$CRANE"; then
  go install "github.com/google/go-containerregistry/cmd/crane@$CRANE"
fi

# The same version and time as the archives (scripts/release.sh sets
# them; alone, this script reads them from the checkout). ko reads the
# commit and its date from git itself (.ko.yaml).
: "${FUWUKA_VERSION:=$(sed -n 's/^var Version = "\(.*\)"$/\1/p' render/cards.go)}"
: "${SOURCE_DATE_EPOCH:=$(git log -1 --format=%ct)}"
export FUWUKA_VERSION SOURCE_DATE_EPOCH
: "${tag:=$FUWUKA_VERSION}"
: "${out:=dist/fuwuka_${tag}_image.tar}"

work=build/image
rm -rf "$work"
mkdir -p "$work"
[ -f build/THIRD_PARTY_NOTICES.txt ] || go run ./scripts/notices -o build/THIRD_PARTY_NOTICES.txt
go run ./scripts/imagebase -date "$SOURCE_DATE_EPOCH" \
  -notices build/THIRD_PARTY_NOTICES.txt -o "$work/base.tar"

port=${FUWUKA_IMAGE_PORT:-5791}
reg=127.0.0.1:$port
crane registry serve --address "$reg" >"$work/registry.log" 2>&1 &
registry=$!
trap 'kill $registry 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q 'serving on port' "$work/registry.log" && break
  kill -0 $registry 2>/dev/null || break
  sleep 0.1
done
if ! grep -q 'serving on port' "$work/registry.log"; then
  echo "image.sh: the build's registry could not listen on $reg (another build running? FUWUKA_IMAGE_PORT picks another port, and changes the image's bytes):" >&2
  cat "$work/registry.log" >&2
  exit 1
fi

# The base: the layer on an empty image, then one image per platform
# running as nonroot (65532), gathered in an index for ko.
base=$reg/fuwuka/base
quiet() { "$@" >>"$work/crane.log" 2>&1 || { cat "$work/crane.log" >&2; exit 1; }; }
quiet crane append --oci-empty-base -f "$work/base.tar" -t "$base:layer"
refs=()
for p in ${platforms//,/ }; do
  quiet crane mutate "$base:layer" --set-platform "$p" -u 65532:65532 \
    -e HOME=/home/nonroot -t "$base:${p//\//-}"
  refs+=(-m "$base:${p//\//-}")
done
quiet crane index append "${refs[@]}" -t "$base:$FUWUKA_VERSION"

KO_DEFAULTBASEIMAGE=$base:$FUWUKA_VERSION KO_DOCKER_REPO=fuwuka \
  ko build ./cmd/fuwuka --bare --push=false --platform "$platforms" \
  --oci-layout-path "$work/layout" --sbom none -t "$tag" \
  >"$work/ko.log" 2>&1 || { cat "$work/ko.log" >&2; exit 1; }

# The layout's one entry named fuwuka:<version>, as `podman load` and
# `skopeo copy oci-archive:` read it.
python3 - "$work/layout/index.json" "fuwuka:$tag" <<'PY'
import json, sys
path, name = sys.argv[1:]
index = json.load(open(path))
assert len(index["manifests"]) == 1, index
index["manifests"][0].setdefault("annotations", {})["org.opencontainers.image.ref.name"] = name
open(path, "w").write(json.dumps(index, indent=3) + "\n")
PY

mkdir -p "$(dirname "$out")"
tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner \
  --mode='u=rwX,go=rX' --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$work/layout" -cf "$out.tmp" .
mv "$out.tmp" "$out"
echo "image.sh: $out ($platforms), $(sha256sum "$out" | cut -c1-64)"
