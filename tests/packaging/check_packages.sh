#!/bin/bash
# Builds the two .deb packages from BUILD (cpack) and checks what a newcomer installing them
# would get: the programs, the desktop file, icon and AppStream metainfo the software centre
# shows, the server's systemd unit, config file (a conffile), maintainer scripts and docs;
# the packaged server runs and migrates a database; the translations are in the programs;
# and lintian, where it is installed, reports no errors.
# Usage: check_packages.sh BUILD_DIR
set -euo pipefail
BUILD=$1
work=$(mktemp -d /tmp/tyndau-packages.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

(cd "$BUILD" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
client=$(ls "$work"/out/tyndau_*.deb)
server=$(ls "$work"/out/tyndau-server_*.deb)

expect_files() { # DEB PATH…
    local deb=$1; shift
    local listing
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
    for path in "$@"; do
        if grep -qx "./$path" <<<"$listing"; then pass "$(basename "$deb") holds /$path"
        else fail "$(basename "$deb") lacks /$path"; fi
    done
}
expect_files "$client" usr/bin/tyndau usr/bin/tyndauctl \
    usr/share/applications/kz.openalmaty.Tyndau.desktop \
    usr/share/metainfo/kz.openalmaty.Tyndau.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/kz.openalmaty.Tyndau.svg \
    usr/share/icons/hicolor/48x48/apps/kz.openalmaty.Tyndau.png \
    usr/share/icons/hicolor/256x256/apps/kz.openalmaty.Tyndau.png \
    usr/share/doc/tyndau/copyright usr/share/doc/tyndau/changelog.gz \
    usr/share/man/man1/tyndau.1.gz usr/share/man/man1/tyndauctl.1.gz
expect_files "$server" usr/bin/tyndau-server lib/systemd/system/tyndau-server.service \
    etc/tyndau/tyndau-server.conf usr/share/doc/tyndau-server/ADMIN-GUIDE.md \
    usr/share/doc/tyndau-server/copyright usr/share/doc/tyndau-server/changelog.gz \
    usr/share/man/man8/tyndau-server.8.gz

# The PNG icons are real pictures of their size, not empty files.
dpkg-deb -x "$client" "$work/client-files"
for size in 16 48 256; do
    png="$work/client-files/usr/share/icons/hicolor/${size}x${size}/apps/kz.openalmaty.Tyndau.png"
    # The signature, then the IHDR's width and height (big-endian, bytes 16-23).
    magic=$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')
    dims=$(od -An -tu4 --endian=big -j16 -N8 "$png" 2>/dev/null | xargs)
    if [ "$magic" = 89504e470d0a1a0a ] && [ "$dims" = "$size $size" ]; then pass "the ${size}px icon is a ${size}x${size} PNG"
    else fail "the ${size}px icon is not a ${size}x${size} PNG (signature $magic, size $dims)"; fi
done

# The server package's control part: the config is a conffile (an upgrade keeps the admin's
# edits), postinst makes the system user, and the unit runs as that user, migrating first.
dpkg-deb -e "$server" "$work/control"
grep -qx /etc/tyndau/tyndau-server.conf "$work/control/conffiles" && pass "the config is a conffile" \
    || fail "/etc/tyndau/tyndau-server.conf is not a conffile"
grep -q "adduser --system" "$work/control/postinst" && pass "postinst makes the system user" \
    || fail "postinst makes no system user"
dpkg-deb -x "$server" "$work/root"
dpkg-deb -x "$client" "$work/root"
unit=$work/root/lib/systemd/system/tyndau-server.service
for line in "User=tyndau" "StateDirectory=tyndau-server" "EnvironmentFile=/etc/tyndau/tyndau-server.conf" \
    "ExecStartPre=/usr/bin/tyndau-server \$TYNDAU_SERVER_OPTIONS --migrate"; do
    grep -qxF "$line" "$unit" && pass "the unit has $line" || fail "the unit lacks $line"
done
grep -q "/var/lib/tyndau-server" "$work/root/etc/tyndau/tyndau-server.conf" \
    && pass "the default database is in /var/lib/tyndau-server" || fail "the config does not use /var/lib"

# The packaged server runs: --migrate brings a new database to the newest schema.
if out=$("$work/root/usr/bin/tyndau-server" --db "sqlite:$work/migrate.db" --migrate 2>&1) \
    && grep -q "schema [0-9]" <<<"$out"; then pass "the packaged server migrates: $out"
else fail "the packaged server does not migrate: $out"; fi

# A new installation's first administrator, who can then sign in; a second one with the same
# login is refused.
bin=$work/root/usr/bin/tyndau-server
if TYNDAU_PASSWORD=first-admin-pass "$bin" --db "sqlite:$work/migrate.db" --create-admin chief >"$work/admin.log" 2>&1
then pass "--create-admin makes the first administrator"; else fail "--create-admin: $(cat "$work/admin.log")"; fi
if TYNDAU_PASSWORD=first-admin-pass "$bin" --db "sqlite:$work/migrate.db" --create-admin chief >/dev/null 2>&1
then fail "--create-admin made the same login twice"; else pass "--create-admin refuses an existing login"; fi
"$bin" --db "sqlite:$work/migrate.db" --listen 127.0.0.1:0 >"$work/server.log" 2>&1 &
server_pid=$!
deadline=$((SECONDS + 30))
until grep -q "listening on" "$work/server.log"; do
    [ $SECONDS -lt $deadline ] && kill -0 $server_pid 2>/dev/null || { cat "$work/server.log"; break; }
    sleep 0.2
done
url=$(grep -o "http://[0-9.:]*" "$work/server.log" | head -n 1)
if curl -sS -f -H 'Content-Type: application/json' -d '{"login":"chief","password":"first-admin-pass"}' \
    "$url/api/v1/session" | grep -q '"role":"admin"'; then pass "the first administrator signs in"
else fail "the first administrator cannot sign in at $url"; fi
kill $server_pid 2>/dev/null || true
wait $server_pid 2>/dev/null || true

# Translations are compiled into the programs: each catalogue is in the resource tree, whose
# names rcc stores as UTF-16 (big-endian).
for catalogue in tyndau_kk.qm tyndau_ru.qm tyndau_en.qm qtbase_kk.qm; do
    found=$(python3 -c 'import sys; print(sys.argv[2].encode("utf-16-be") in open(sys.argv[1],"rb").read())' \
        "$work/root/usr/bin/tyndau" "$catalogue")
    [ "$found" = True ] && pass "tyndau carries $catalogue" || fail "tyndau lacks $catalogue"
done

appstreamcli validate --no-net "$work/root/usr/share/metainfo/kz.openalmaty.Tyndau.metainfo.xml" >"$work/as.log" 2>&1 \
    && pass "appstreamcli accepts the metainfo" || { cat "$work/as.log"; fail "appstreamcli refuses the metainfo"; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/kz.openalmaty.Tyndau.desktop" \
        && pass "desktop-file-validate accepts the desktop file" || fail "desktop-file-validate refuses it"
fi
if command -v lintian >/dev/null; then
    if lintian --fail-on error --tag-display-limit 0 "$client" "$server" >"$work/lintian.log" 2>&1; then
        pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warnings)"
    else
        cat "$work/lintian.log"; fail "lintian reports errors"
    fi
else
    echo "skip: lintian is not installed"
fi
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all package checks passed"
