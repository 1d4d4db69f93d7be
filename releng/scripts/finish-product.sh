#!/usr/bin/env bash
# Run by the build (releng/se.dpia.repository, package phase) after the products are materialised and before they
# are archived. Into each materialised DPIA Workbench product it copies the checkout's templates/ and examples/ (the
# files git tracks, so an example's out/ or a workbench's .project stay behind; one source, no committed copies),
# writes the command line's own configuration (configuration-cli/, releng/scripts/HeadlessConfig.java), takes the
# signature off the framework's jar (releng/scripts/UnsignedFramework.java), and into the
# linux one a Java runtime linked from the building JDK (jre/), so that no Java needs installing there.
#   finish-product.sh CHECKOUT PRODUCTS_DIR [JLINK=true|false]
set -euo pipefail
root=$1
products=$2
jlink_runtime=${3:-true}

copy_tracked() { # copy_tracked FOLDER DEST: the checkout's FOLDER into DEST/FOLDER, tracked files only
  local folder=$1 dest=$2
  rm -rf "${dest:?}/$folder"
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z -- "$folder") | (cd "$root" && xargs -0 cp --parents -t "$dest")
  else
    # a source archive without git: everything but what the tools write
    (cd "$root" && find "$folder" -type f -not -path '*/out/*' -not -name .project -print0) \
      | (cd "$root" && xargs -0 cp --parents -t "$dest")
  fi
  [ -d "$dest/$folder" ] || { echo "finish-product: no $folder/ in $root" >&2; exit 1; }
}

found=0
for dir in "$products"/se.dpia.app.product/*/*/*; do
  [ -d "$dir/plugins" ] || continue
  found=1
  copy_tracked templates "$dir"
  copy_tracked examples "$dir"
  echo "finish-product: templates/ and examples/ copied into $dir"
  # the command line's configuration (configuration-cli/): only the headless bundles, so that a command neither
  # resolves nor starts the workbench's SWT, JFace and e4 bundles; fails if the command line would need one
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$root/releng/scripts/HeadlessConfig.java" "$dir"
  # the framework jar unsigned: the launcher's class loader checks its signature on every start and class-data
  # sharing leaves a signed jar's classes out of its archive (releng/scripts/UnsignedFramework.java)
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$root/releng/scripts/UnsignedFramework.java" "$dir"
done
[ "$found" = 1 ] || { echo "finish-product: no materialised product under $products/se.dpia.app.product" >&2; exit 1; }

linux="$products/se.dpia.app.product/linux/gtk/x86_64"
if [ "$jlink_runtime" = true ]; then
  jlink="${JAVA_HOME:?finish-product: JAVA_HOME is not set}/bin/jlink"
  rm -rf "$linux/jre"
  # java.se: the libraries reach the JDK reflectively too (XML, naming, management), so the whole SE API; beyond it
  # Unsafe (Guice, SWT), the DOM CSS interfaces (the workbench's CSS engine), all charsets, Swedish and English locale
  # data; the archive test starts the command line and the workbench on this runtime. --generate-cds-archive: the
  # runtime's own class-data sharing archive, as a JDK has it, on which the scripts' archive of the product builds
  "$jlink" --add-modules java.se,jdk.unsupported,jdk.xml.dom,jdk.charsets,jdk.net,jdk.zipfs,jdk.crypto.ec,jdk.localedata \
    --include-locales=en,sv \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive --output "$linux/jre"
  echo "finish-product: Java runtime $("$linux/jre/bin/java" -version 2>&1 | head -n 1) linked into $linux/jre ($(du -sh "$linux/jre" | cut -f1))"
fi
