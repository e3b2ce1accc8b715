#!/usr/bin/env bash
# The README's walk-through: one part from upload to robot program, cycle time and replay, over HTTP.
#
#   make run                                 # in another terminal: serves :8000 with the demo part loaded
#   docs/walkthrough.sh                      # walks the demo part (demo_bracket.step) through the service
#   docs/walkthrough.sh my_part.step         # uploads your part (STEP, STP, STL, OBJ, PLY or GLB) first
#
# WELDPLAN_URL (default http://127.0.0.1:8000), ROBOT (default abb_irb1600_10_145) with CONTROLLER (its language,
# default abb_rapid) and OUT (the folder for the files it downloads, default ./walkthrough_out) change what it
# does. Needs curl and python3.
# api_tests/test_walkthrough.py runs this very script against a real server, so what it shows is what the
# service does.
set -euo pipefail
export LC_NUMERIC=C   # printf below reads numbers with a decimal point

API="${WELDPLAN_URL:-http://127.0.0.1:8000}/api/v1"
ROBOT="${ROBOT:-abb_irb1600_10_145}"
OUT="${OUT:-walkthrough_out}"
mkdir -p "$OUT"

# curl that fails on an HTTP error and prints the problem+json body (its detail names the field at fault).
get() { curl -sS --fail-with-body "$API$1" "${@:2}"; }
post_json() { curl -sS --fail-with-body -H 'content-type: application/json' -d "$2" "$API$1"; }
# One value out of a JSON document on stdin: field '["result"]["cycle_time_s"]'.
field() { python3 -c 'import json, sys; print(eval("json.load(sys.stdin)" + sys.argv[1]))' "$1"; }

echo "== service"
get /health | field '["status"]'

echo "== 1. the part"
if [ $# -ge 1 ]; then
  # Upload: the answer has the part's id, its bodies and bounding box in mm.
  PART=$(curl -sS --fail-with-body -F "file=@$1" "$API/parts")
else
  # make run (weldplan serve --demo) uploaded the demo bracket at start-up.
  PART=$(get /parts | python3 -c '
import json, sys
parts = [p for p in json.load(sys.stdin)["parts"] if p["demo"]]
if not parts:
    sys.exit("no demo part: start the server with make run (weldplan serve --demo), or pass a part file")
print(json.dumps(parts[0]))')
fi
PART_ID=$(echo "$PART" | field '["id"]')
echo "$PART" | python3 -c '
import json, sys
p = json.load(sys.stdin)
size = [hi - lo for lo, hi in zip(p["bbox_mm"]["min"], p["bbox_mm"]["max"])]
print("part %s: %s, %d bodies, %.0f x %.0f x %.0f mm" % (p["id"], p["file_name"], len(p["bodies"]), *size))'
get "/parts/$PART_ID/mesh" -o "$OUT/part.glb"   # the tessellation a viewer shows (GLB, metres)

echo "== 2. weld seams"
# Seams between bodies, each with its kind, length, accessibility and a welding procedure.
SEAMS=$(curl -sS --fail-with-body -X POST "$API/parts/$PART_ID/seams/detect")
echo "$SEAMS" | python3 -c '
import json, sys
for s in json.load(sys.stdin)["seams"]:
    print("%(id).8s  %(kind)-7s %(length_mm)7.1f mm, accessible %(accessible_fraction).2f" % s)'
# A seam can be switched off, turned round or given other procedure values:
#   curl -X PATCH -H 'content-type: application/json' -d '{"enabled": false}' $API/parts/$PART_ID/seams/SEAM_ID

echo "== 3. plan"
# The robot places the part where it reaches the most seam length (or give "cell": {"X_BP": ...}).
PLAN_ID=$(post_json /plans "{\"part_id\": \"$PART_ID\", \"robot_id\": \"$ROBOT\", \"tool_id\": \"torch_22deg\"}" \
          | field '["id"]')
echo "plan $PLAN_ID queued"
while :; do
  PLAN=$(get "/plans/$PLAN_ID")
  STATUS=$(echo "$PLAN" | field '["status"]')
  case "$STATUS" in
    queued|running) sleep 1 ;;
    succeeded) break ;;
    *) echo "plan $STATUS: $(echo "$PLAN" | field '["error"]')" >&2; exit 1 ;;
  esac
done
echo "$PLAN" | python3 -c '
import json, sys
r = json.load(sys.stdin)["result"]
for s in r["seams"]:
    print("%(seam_id).8s  %(status)-11s %(welded_length_mm)7.1f of %(length_mm).1f mm welded" % s,
          "(%s)" % s["reason"] if s["reason"] else "")
print("cycle time %.1f s:" % r["cycle_time_s"], ", ".join("%s %.1f s" % kv for kv in r["breakdown_s"].items()))'
CYCLE_S=$(echo "$PLAN" | field '["result"]["cycle_time_s"]')

echo "== 4. trajectory"
# Joint angles (deg) sampled at rate_hz, with arc on/off events: what a 3D viewer plays back.
get "/plans/$PLAN_ID/trajectory?rate_hz=25" -o "$OUT/trajectory.json"
field '["t_s"].__len__()' < "$OUT/trajectory.json" | xargs printf '%s samples at 25 Hz\n'

echo "== 5. robot program"
# In the robot vendor's language: abb_rapid, kuka_krl, fanuc_tp, yaskawa_inform or ur_script (another vendor's
# language is a 409 that names the right one).
CONTROLLER="${CONTROLLER:-abb_rapid}"
# -J keeps the file name the server gives (weldplan.mod here; a zip where the controller needs several files).
(cd "$OUT" && curl -sS --fail-with-body -OJ "$API/plans/$PLAN_ID/programs/$CONTROLLER" -w '%{filename_effective}\n') \
  > "$OUT/program_name"
PROGRAM="$OUT/$(cat "$OUT/program_name")"
echo "$CONTROLLER program: $PROGRAM ($(wc -c < "$PROGRAM") bytes)"

echo "== 6. cycle time against manual welding, and the report"
# Every assumption can be overridden by name in the query (a wrong name or value is a 422 naming it).
get "/plans/$PLAN_ID/cycle-time?batch_size=50" -o "$OUT/cycle-time.json"
python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
years = c["payback"]["payback_years"]
print("robot cell %.0f s per part, manual welding %.0f s: %.1f times faster; payback %s"
      % (c["robot"]["total_s"], c["manual"]["total_s"], c["speedup"],
         "never (the cell saves nothing)" if years is None else "%.1f years" % years))' "$OUT/cycle-time.json"
get "/plans/$PLAN_ID/report?batch_size=50" -o "$OUT/report.html"
echo "report: $OUT/report.html"

echo "== 7. replay the program"
# Any program in one of the five languages (or a zip of them) back into a timed joint trajectory.
REPLAY=$(curl -sS --fail-with-body -F "file=@$PROGRAM" -F "robot_id=$ROBOT" -F tool_id=torch_22deg "$API/replays")
REPLAY_S=$(echo "$REPLAY" | field '["cycle_time_s"]')
printf 'replayed %s moves: %.1f s (plan: %.1f s)\n' "$(echo "$REPLAY" | field '["moves"]')" "$REPLAY_S" "$CYCLE_S"
python3 -c 'import sys; a, b = map(float, sys.argv[1:]); sys.exit(abs(a - b) > 0.01 * b)' "$REPLAY_S" "$CYCLE_S" \
  || { echo "replay and plan differ by more than 1 %" >&2; exit 1; }
echo "done: files in $OUT"
