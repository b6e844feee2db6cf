#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (core, CLI, UI). Run it after changing a
# user-visible string, then translate what it marks unfinished (Qt Linguist, or by hand).
#   colab-tunnel_zh_CN.ts  every string, in Simplified Chinese
#   colab-tunnel_en.ts     only the plural forms (English text is the source itself)
# Usage: scripts/update-translations.sh [OUTPUT_DIR]   (default: resources/translations)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/resources/translations}
lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [[ -n $candidate && -x $candidate ]] && { lupdate=$candidate; break; }
    done
fi
[[ -n $lupdate ]] || { echo "lupdate not found: install qt6-l10n-tools" >&2; exit 1; }

mkdir -p "$out"
sources=("$root/app/core" "$root/app/cli" "$root/ui")
common=(-extensions cpp,h -locations none -no-obsolete -no-ui-lines -silent -source-language en)
"$lupdate" "${common[@]}" -target-language zh_CN "${sources[@]}" -ts "$out/colab-tunnel_zh_CN.ts"
"$lupdate" "${common[@]}" -target-language en -pluralonly "${sources[@]}" -ts "$out/colab-tunnel_en.ts"
