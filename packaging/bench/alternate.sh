#!/usr/bin/env bash
# alternate.sh N DISPLAY NAME1 TITLE1 CMD1 [NAME2 TITLE2 CMD2 ...] — ../shared/bench/ratio.sh for more than
# two programs and on a display of one's own: starts Xvfb on DISPLAY (e.g. :61), runs one untimed warm-up
# round, then N rounds, each launching every program once in turn (launch → window named TITLE mapped,
# ../shared/bench/first-window.sh). Prints each round, the load average before and after, each program's
# median, and the median of the per-round ratios of every program to every later one.
set -u
n=$1; disp=$2; shift 2
fw=${FIRST_WINDOW:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/bench/first-window.sh}
[ -x "$fw" ] || fw=/work/shared/bench/first-window.sh
names=(); titles=(); cmds=()
while (($# >= 3)); do names+=("$1"); titles+=("$2"); cmds+=("$3"); shift 3; done
Xvfb "$disp" -screen 0 1600x1000x24 >/dev/null 2>&1 & xp=$!
trap 'kill $xp 2>/dev/null' EXIT
export DISPLAY=$disp; sleep 1
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
res=$(mktemp)
for ((r = 0; r <= n; r++)); do
  line="round $r:"
  for i in "${!names[@]}"; do
    t=$("$fw" "${titles[$i]}" bash -c "${cmds[$i]}") || t=-1
    line+=" ${names[$i]}=${t}"
  done
  echo "$line$( ((r == 0)) && echo ' (warm-up, not counted)')"
  ((r > 0)) && echo "$line" >>"$res"
done
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$res" <<'PY'
import sys, statistics as st
rows = [dict(kv.split("=") for kv in l.split(":", 1)[1].split()) for l in open(sys.argv[1])]
names = list(rows[0])
ok = [r for r in rows if all(int(v) > 0 for v in r.values())]
for k in names:
    v = [int(r[k]) for r in ok]
    print(f"{k}: median {st.median(v):.0f} ms  runs {' '.join(map(str, v))}")
for i, a in enumerate(names):
    for b in names[i + 1:]:
        rs = [int(r[a]) / int(r[b]) for r in ok]
        print(f"{a}/{b}: median ratio {st.median(rs):.2f}  ({sum(x < 1 for x in rs)} of {len(rs)} rounds below 1)")
PY
rm -f "$res"
