#!/usr/bin/env bash
# Installs the Debian package on this machine, checks what it put where, starts the program from
# its desktop entry (and once more from the entry's demo action) under Xvfb on a fresh HOME, and
# removes the package again, also when a step fails. Exits non-zero with a message naming the
# failed check.
#
# Usage: tests/package/package_install_test.sh [medicinsikker_VERSION_ARCH.deb]
#   (default: build-pkg/medicinsikker_*.deb, made by scripts/package.sh)
# Needs root, or sudo for apt-get. Not a ctest test: it changes the machine. docs/packaging.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PKG=medicinsikker
APP_ID=dk.medicinsikker.Medicinsikker
# How long the window may take to appear, and how long it must then stay up (seconds).
WINDOW_TIMEOUT=30
STAY_UP=4

say() { echo "package_install_test: $*"; }
fail() {
    echo "package_install_test: FAIL: $*" >&2
    exit 1
}

deb="${1:-}"
if [ -z "$deb" ]; then
    shopt -s nullglob
    found=("$ROOT"/build-pkg/medicinsikker_*.deb)
    shopt -u nullglob
    [ ${#found[@]} -eq 1 ] || fail "expected one build-pkg/medicinsikker_*.deb (found ${#found[@]}); run scripts/package.sh or pass the .deb"
    deb="${found[0]}"
fi
[ -f "$deb" ] || fail "no such package: $deb"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" # apt-get takes a local file by path only

for tool in dpkg-deb desktop-file-validate appstreamcli groff xvfb-run xwininfo xprop; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (scripts/deps.sh installs it)"
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

work="$(mktemp -d)"
app_pid=""
xvfb_pid=""
installed=0
cleanup() {
    local status=$?
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
        kill -TERM "$xvfb_pid" 2>/dev/null || true # xvfb-run then stops its Xvfb
    fi
    if [ "$installed" -eq 1 ]; then
        say "removing $PKG after a failure"
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q "$PKG" >/dev/null 2>&1 ||
            echo "package_install_test: could not remove $PKG; run 'apt-get remove $PKG'" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. What ships: the control fields, and the desktop entry and metainfo as they are in the .deb.
version="$(dpkg-deb -f "$deb" Version)"
depends="$(dpkg-deb -f "$deb" Depends)"
say "package $(basename "$deb"), version $version"
say "Depends: $depends"
[ "$(dpkg-deb -f "$deb" Package)" = "$PKG" ] || fail "the package is not called $PKG"
# The SQLite driver is a plugin, named by hand (dpkg-shlibdeps cannot see it); the rest are
# found by dpkg-shlibdeps. A name may go on with a suffix (libspdlog1.10-fmt9) or a version.
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libqt6charts6 libqt6svg6 libsodium23 libspdlog1.10; do
    [[ ", $depends," == *", $dep"[\ ,-]* ]] || fail "Depends does not name $dep"
done

mkdir -p "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
desktop_in_deb="$work/deb/usr/share/applications/$APP_ID.desktop"
metainfo_in_deb="$work/deb/usr/share/metainfo/$APP_ID.metainfo.xml"
[ -f "$desktop_in_deb" ] || fail "the package has no usr/share/applications/$APP_ID.desktop"
[ -f "$metainfo_in_deb" ] || fail "the package has no usr/share/metainfo/$APP_ID.metainfo.xml"
desktop-file-validate "$desktop_in_deb" || fail "desktop-file-validate refuses $APP_ID.desktop"
appstreamcli validate --no-net "$metainfo_in_deb" || fail "appstreamcli refuses $APP_ID.metainfo.xml"
grep -q "<release version=\"$version\"" "$metainfo_in_deb" ||
    fail "the metainfo has no release entry for $version"

# 2. Install it as a person would, with apt (which also checks that every dependency exists).
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed"; then
    say "note: $PKG was already installed; it is replaced now and removed at the end"
fi
installed=1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$deb" ||
    fail "apt-get install $deb failed"
dpkg-query -W -f='${Status} ${Version}' "$PKG" | grep -q "install ok installed $version" ||
    fail "dpkg does not list $PKG $version as installed"

# 3. The files are where the desktop, man and software centres look for them.
# A dpkg path-exclude (Docker images drop /usr/share/man and /usr/share/doc) may keep a file
# off the disk; dpkg -L must still list it.
excluded_by_dpkg() {
    local path="$1" pattern
    while read -r pattern; do
        # shellcheck disable=SC2053 # the pattern is a glob on purpose
        [[ -n "$pattern" && "$path" == $pattern ]] && return 0
    done < <(sed -n 's/^path-exclude[= ]//p' /etc/dpkg/dpkg.cfg.d/* 2>/dev/null)
    return 1
}
listed="$(dpkg -L "$PKG")"
expected=(
    /usr/bin/medicinsikker
    /usr/bin/medicinsikker-cli
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/man/man1/medicinsikker.1.gz
    /usr/share/man/man1/medicinsikker-cli.1.gz
    /usr/share/doc/medicinsikker/copyright
    /usr/share/doc/medicinsikker/changelog.gz
)
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$listed" || fail "dpkg -L $PKG does not list $path"
    if [ ! -e "$path" ]; then
        excluded_by_dpkg "$path" || fail "$path is listed but not on disk"
        say "note: $path is excluded by this machine's dpkg configuration"
    fi
done
for program in /usr/bin/medicinsikker /usr/bin/medicinsikker-cli; do
    [ -x "$program" ] || fail "$program is not executable"
done
[ "$(command -v medicinsikker-cli)" = /usr/bin/medicinsikker-cli ] ||
    fail "medicinsikker-cli on PATH is $(command -v medicinsikker-cli), not /usr/bin/medicinsikker-cli"

# Every program run below gets its own HOME, so nothing lands in the caller's data folder.
home="$work/home"
runtime="$work/runtime"
mkdir -p "$home" "$runtime"
chmod 0700 "$runtime"
in_fresh_home() {
    env -u QT_QPA_PLATFORM -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME \
        HOME="$home" XDG_RUNTIME_DIR="$runtime" "$@"
}

# 4. The installed command-line tool runs and knows its version.
cli_version="$(in_fresh_home /usr/bin/medicinsikker-cli --version)" || fail "medicinsikker-cli --version failed"
[ "$cli_version" = "medicinsikker-cli $version" ] ||
    fail "medicinsikker-cli --version says '$cli_version', expected 'medicinsikker-cli $version'"
say "$cli_version"

# 5. The man pages render without warnings, and the CLI's page covers every command it lists
# and every option each command's --help names.
man_page() { # the installed page, or the one in the .deb when dpkg left /usr/share/man out
    if [ -e "/usr/share/man/man1/$1.1.gz" ]; then echo "/usr/share/man/man1/$1.1.gz"; else echo "$work/deb/usr/share/man/man1/$1.1.gz"; fi
}
for page in medicinsikker medicinsikker-cli; do
    source_page="$(man_page "$page")"
    # Rendered for real: some warnings (an unknown special character) only come at output time.
    zcat "$source_page" | groff -man -Tutf8 -ww -P-c -P-b -P-u >"$work/$page.txt" 2>"$work/$page.warnings" ||
        fail "$page.1 does not render: $(cat "$work/$page.warnings")"
    [ ! -s "$work/$page.warnings" ] || fail "groff warns about $page.1: $(cat "$work/$page.warnings")"
    grep -q "^NAME" "$work/$page.txt" || fail "$page.1 has no NAME section"
    if command -v man >/dev/null && [ -e "/usr/share/man/man1/$page.1.gz" ]; then
        MANPAGER=cat MANWIDTH=80 man "$page" >/dev/null 2>&1 || fail "'man $page' fails"
    fi
done
commands="$(in_fresh_home /usr/bin/medicinsikker-cli --lang en --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')"
[ -n "$commands" ] || fail "medicinsikker-cli --help lists no commands"
for command in $commands; do
    # The command's subsection: from its heading to the next heading or section.
    section="$(awk -v c="$command" '$0 ~ "^   "c"( |$)" { p = 1; print; next }
                                    p && (/^   [a-z]/ || /^[A-Z]/) { exit } p' "$work/medicinsikker-cli.txt")"
    [ -n "$section" ] || fail "the medicinsikker-cli man page has no entry for the command '$command'"
    options="$(in_fresh_home /usr/bin/medicinsikker-cli --lang en "$command" --help |
        grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | grep -vx -- '--help' || true)"
    for option in $options; do
        grep -q -- "$option" <<<"$section" ||
            fail "the medicinsikker-cli man page does not describe '$command $option'"
    done
done
say "man pages render; medicinsikker-cli.1 covers: $(tr '\n' ' ' <<<"$commands")"

# 6. Start the program the way a desktop does: the Exec line of the installed desktop entry
# (which opens the person's own database), then its demo action (which makes the demo database).
desktop="/usr/share/applications/$APP_ID.desktop"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop")"
[ -n "$wm_class" ] || fail "$desktop has no StartupWMClass"

cat >"$work/inside-xvfb.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run: starts the command, waits for its main window to be shown, notes its
# WM_CLASS, checks the program stays up, then ends it with SIGTERM. Prints one line per finding.
set -u
work="$1" timeout="$2" stay="$3"
shift 3
"$@" >"$work/app.out" 2>&1 &
pid=$!
echo "$pid" >"$work/app.pid"

# The main window is titled "<view> – Medicinsikker" and is mapped; Qt's helper windows are not.
main_window() {
    xwininfo -root -tree 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) ".*Medicinsikker".*/\1/p' |
        while read -r id; do
            if xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable"; then echo "$id"; break; fi
        done
}

window=""
for _ in $(seq 1 $((timeout * 2))); do
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid"
        echo "exited before showing a window, exit code $?"
        exit 1
    fi
    window="$(main_window)"
    [ -n "$window" ] && break
    sleep 0.5
done
if [ -z "$window" ]; then
    echo "no main window within ${timeout}s"
    kill -KILL "$pid"
    exit 1
fi
echo "window: $(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: //p')"
xprop -id "$window" WM_CLASS >"$work/wm_class" 2>&1
sleep "$stay"
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    echo "exited within ${stay}s of showing its window, exit code $?"
    exit 1
fi
[ -n "$(main_window)" ] || { echo "the main window went away"; kill -KILL "$pid"; exit 1; }
kill -TERM "$pid"
for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
done
if kill -0 "$pid" 2>/dev/null; then
    echo "did not end on SIGTERM within 5s"
    kill -KILL "$pid"
    exit 1
fi
wait "$pid"
echo "ended on SIGTERM (exit code $?)"
EOF
chmod +x "$work/inside-xvfb.sh"

data="$home/.local/share/Medicinsikker"
# start_from_desktop GROUP DATABASE TITLE: runs the Exec line of GROUP of the installed desktop
# entry under Xvfb (inside-xvfb.sh checks the window), checks the window's title contains TITLE,
# then that DATABASE was made, owner-only ("-": that no database was made yet).
start_from_desktop() {
    local group="$1" database="$2" title="$3" exec_line exec_command xvfb_status
    local -a exec_words
    exec_line="$(sed -n "/^\[$group\]/,/^\[/{s/^Exec=//p}" "$desktop")"
    [ -n "$exec_line" ] || fail "[$group] of $desktop has no Exec line"
    # Drop the field codes (%f, %U, ...) a launcher would fill in; %% is a literal %.
    exec_command="$(sed -e 's/%[fFuUdDnNickvm]//g' -e 's/%%/%/g' <<<"$exec_line")"
    read -r -a exec_words <<<"$exec_command"
    [ "$(command -v "${exec_words[0]}")" = /usr/bin/medicinsikker ] ||
        fail "the Exec line '$exec_line' of [$group] does not start the installed /usr/bin/medicinsikker"
    say "starting '$exec_command' ([$group]) under Xvfb"

    rm -f "$work/app.pid"
    # The inside script starts the program and notes its pid, so the trap can end it too.
    in_fresh_home xvfb-run -a -s "-screen 0 1366x768x24" \
        "$work/inside-xvfb.sh" "$work" "$WINDOW_TIMEOUT" "$STAY_UP" "${exec_words[@]}" >"$work/xvfb.out" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 20); do
        [ -s "$work/app.pid" ] && break
        sleep 0.25
    done
    if [ -s "$work/app.pid" ]; then app_pid="$(cat "$work/app.pid")"; fi
    xvfb_status=0
    wait "$xvfb_pid" || xvfb_status=$?
    xvfb_pid=""
    sed 's/^/  /' "$work/xvfb.out"
    if [ "$xvfb_status" -ne 0 ]; then
        echo "  program output:" >&2
        sed 's/^/    /' "$work/app.out" >&2 || true
        fail "'$exec_command' did not start and stay up (see above)"
    fi
    app_pid=""

    # Docks group the window under the entry by its WM_CLASS class, which the entry names.
    grep -qF ", \"$wm_class\"" "$work/wm_class" ||
        fail "the window's $(cat "$work/wm_class") does not end in StartupWMClass \"$wm_class\""

    grep -qF "$title" "$work/xvfb.out" || fail "the window of '$exec_command' is not titled '$title'"
    [ "$(stat -c %a "$data")" = 700 ] || fail "$data is $(stat -c %a "$data"), not 700"
    if [ "$database" = - ]; then
        ! compgen -G "$data/*.db" >/dev/null || fail "'$exec_command' wrote a database before anything was chosen"
        return
    fi
    [ -f "$data/$database" ] || fail "'$exec_command' made no $data/$database"
    [ "$(stat -c %a "$data/$database")" = 600 ] ||
        fail "$database is $(stat -c %a "$data/$database"), not 600"
}

# A fresh HOME is a first start: the welcome dialog (a new programme, the demo, or a file)
# shows, and nothing is written before the person chooses.
start_from_desktop "Desktop Entry" - "Velkommen til Medicinsikker"
# The log file is made at start, owner-only. Its info lines are written out at exit, which
# SIGTERM skips, so its text is not checked.
[ -f "$data/logs/medicinsikker.log" ] || fail "no log file in $data/logs"
[ "$(stat -c %a "$data/logs/medicinsikker.log")" = 600 ] || fail "the log file is not 600"
# The demo has accounts (issue 14): the program opens on the sign-in, with the demo's logins.
start_from_desktop "Desktop Action demo" demo.db "Log ind — Medicinsikker"
homes="$(in_fresh_home /usr/bin/medicinsikker-cli --lang en list botilbud --database "$data/demo.db")" ||
    fail "medicinsikker-cli cannot list the botilbud of the demo database the program made"
[ -n "$homes" ] || fail "the demo database the program made has no botilbud"
say "both desktop entries started the program and showed its window; demo botilbud: $(tr '\n' ' ' <<<"$homes")"

# 7. Remove it again and check it is gone.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q "$PKG" || fail "apt-get remove $PKG failed"
installed=0
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed"; then
    fail "$PKG is still installed after apt-get remove"
fi
for path in "${expected[@]}"; do
    [ ! -e "$path" ] || fail "$path is still there after apt-get remove"
done
say "removed $PKG; all checks passed"
