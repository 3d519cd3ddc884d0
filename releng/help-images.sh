#!/bin/sh
# The user guide's screenshots, in the small form the product ships (issue 17: the archive at most 80 MB).
#
#   releng/help-images.sh [SCREENSHOTS]   (default bundles/org.grassroots.planner.ui.tests/target/screenshots)
#
# The ui tests save every screenshot in full colour to SCREENSHOTS (JapaneseWorkbenchTest under -nl ja,
# EnglishGuideScreenshotsTest and the others in the English run: `Workbench.screenshot`). For each image the guide
# shows (bundles/org.grassroots.planner.ui/help/images/*.png), this takes the new screenshot of the same name when
# SCREENSHOTS has one, else the image already there, and writes it to help/images reduced to a palette of at most
# 256 colours by pngquant (a screenshot has a few thousand shades, most of them the edges of anti-aliased text;
# quality 80-100, Floyd-Steinberg dithering: text, Japanese too, reads as before, a third of the bytes). PNGs in
# full colour compress badly in the bundle's jar and in the product's zip; UiModelTest fails on a help image that
# is not a palette PNG, so a screenshot copied by hand does not bring the size back.
# Needs pngquant (Debian: apt-get install pngquant). Exits 0 when every image was written, 1 when one failed,
# 2 when it could not start.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
shots=${1:-$here/bundles/org.grassroots.planner.ui.tests/target/screenshots}
images=$here/bundles/org.grassroots.planner.ui/help/images
command -v pngquant >/dev/null 2>&1 || { echo "help-images: pngquant is not installed (apt-get install pngquant)" >&2; exit 2; }
[ -d "$images" ] || { echo "help-images: no folder $images" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/help-images.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
failed=0
for image in "$images"/*.png; do
  name=$(basename "$image")
  source=$image
  [ -f "$shots/$name" ] && source=$shots/$name
  before=$(wc -c <"$source")
  # exit 99: the quality could not be kept in 256 colours; then the image stays as it is and UiModelTest says so
  if pngquant --quality=80-100 --speed 1 --strip --force --output "$work/$name" -- "$source"; then
    mv "$work/$name" "$image"
    echo "$name: $before -> $(wc -c <"$image") bytes$([ "$source" = "$image" ] || echo " (new screenshot)")"
  else
    echo "help-images: $name not reduced (pngquant exit $?)" >&2
    failed=1
  fi
done
exit $failed
