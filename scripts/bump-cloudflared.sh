#!/usr/bin/env bash
# Prints the constants for app/core/colab/CloudflaredRelease.h for cloudflared's newest release (or
# the VERSION given), and where its linux-amd64 SHA-256 was confirmed. Needs the network; changes
# nothing: paste what it prints, with the sources, into the header.
#
#   scripts/bump-cloudflared.sh [VERSION]
#
# Confirmations, at least two of which must agree and none disagree:
#   1. the SHA-256 list in the release's own notes on GitHub (Cloudflare's word);
#   2. the digest of the asset downloaded now (what the cell will download);
#   3. cashapp/hermit-packages' pin of the same asset URL, when it has one (an independent project).
set -euo pipefail

api=https://api.github.com/repos/cloudflare/cloudflared/releases
if [[ $# -gt 0 ]]; then
    release_url=$api/tags/$1
else
    release_url=$api/latest
fi
release=$(curl -fsSL -H 'Accept: application/vnd.github+json' "$release_url")
field() { python3 -c 'import json, sys; print(json.load(sys.stdin).get(sys.argv[1]) or "")' "$1" <<<"$release"; }
version=$(field tag_name)
if [[ ! $version =~ ^20[0-9]{2}\.[0-9]{1,2}\.[0-9]+$ ]]; then
    echo "bump-cloudflared: unexpected release tag '$version'" >&2
    exit 1
fi
asset=https://github.com/cloudflare/cloudflared/releases/download/$version/cloudflared-linux-amd64
newest=$(curl -fsSL -H 'Accept: application/vnd.github+json' "$api/latest" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["tag_name"])')

from_notes=$(field body | grep -oiE 'cloudflared-linux-amd64:[[:space:]]*[0-9a-f]{64}' | grep -oiE '[0-9a-f]{64}' |
    tr 'A-F' 'a-f' | head -n1 || true)

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
curl -fsSL -o "$tmp" "$asset"
downloaded=$(sha256sum "$tmp" | cut -d' ' -f1)

hermit_url=https://raw.githubusercontent.com/cashapp/hermit-packages/master/cloudflared.hcl
from_hermit=$(curl -fsSL "$hermit_url" | grep -F "\"$asset\"" | grep -oE '[0-9a-f]{64}' | head -n1 || true)

sources=("the $version release downloaded now ($asset): $downloaded")
agree=1
for pair in "release notes (https://github.com/cloudflare/cloudflared/releases/tag/$version)|$from_notes" \
    "cashapp/hermit-packages cloudflared.hcl ($hermit_url)|$from_hermit"; do
    name=${pair%|*} digest=${pair##*|}
    if [[ -z $digest ]]; then
        echo "bump-cloudflared: no digest for this asset in $name" >&2
    elif [[ $digest != "$downloaded" ]]; then
        echo "bump-cloudflared: $name says $digest, the download is $downloaded: not pinning" >&2
        exit 1
    else
        sources+=("$name: $digest")
        agree=$((agree + 1))
    fi
done
if ((agree < 2)); then
    echo "bump-cloudflared: only the download itself vouches for $downloaded; find a second source" >&2
    exit 1
fi

cat <<OUT
// $version, linux-amd64, confirmed by:
$(printf '//  - %s\n' "${sources[@]}")
inline constexpr char kVersion[] = "$version";
inline constexpr char kLinuxAmd64Url[] =
    "$asset";
inline constexpr char kLinuxAmd64Sha256[] = "$downloaded";
inline constexpr char kNewestKnownVersion[] = "$newest";
OUT
