#!/usr/bin/env bash
# A presale launch under load: distinct participants reserving against a fresh 2,017-unit
# campaign, first on one instance, then on two behind HAProxy, on one PostgreSQL, with the
# trivial baseline GET /api/v1/me measured in the same run (bench/scale-out.sh does the
# topologies, warm-ups and measurements; this script says what to measure and checks it).
#
#   bench/presale.sh                                      # PostgreSQL alone
#   JAVA_OPTS='-Xms1g -Xmx1g -Dforecourt.rate-limit.store=redis' bench/presale.sh   # rate limits in Redis
#   bench/presale.sh check BENCH-MEASURE-ONE-1795332477   # the CHECK again, for an earlier campaign
#
# Each warm-up and each measurement gets a campaign of its own (SETUP: an HQ key written into
# the database as an operator bootstraps one, then POST /api/v1/presale/campaigns), so the
# warm-up does not sell the measured launch's quota. Each request is a participant no earlier
# request was (a phone, a client address X-Participant-IP and a device X-Device-Id of their
# own, the brand app's user agent), until PARTICIPANTS (200,000) are used up.
#
# CHECK, after each measurement, once the asynchronous lead capture has drained: oversell
# (live and paid reservations beyond the quota, and units naming two reservations: must be 0)
# and lead capture (participants recorded, leads captured for them, captured twice: must be
# all, all, 0). Settings: those of bench/scale-out.sh (DURATION, WARMUP, CONNECTIONS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

export DB=${DB:-forecourt_bench_scale}
export QUOTA=${QUOTA:-2017}

# shellcheck disable=SC2016 # expanded by scale-out.sh's bash -c
SETUP='
secret="fc_bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d " \n")"
hash=$(printf %s "$secret" | sha256sum | cut -d" " -f1)
psql -h 127.0.0.1 -U postgres -qtA -d "'"$DB"'" -c "INSERT INTO api_key (id, label, key_hash, key_prefix, role,
  scope_level, created_at, demo) VALUES (gen_random_uuid(), '"'"'presale bench HQ'"'"', '"'"'$hash'"'"',
  '"'"'${secret:0:11}'"'"', '"'"'PLATFORM_ADMIN'"'"', '"'"'ALL'"'"', now(), FALSE)" > /dev/null
config=$(psql -h 127.0.0.1 -U postgres -qtA -d "'"$DB"'" -c "SELECT o.configuration_code FROM presale_offers o
  JOIN presale_campaigns c ON c.id = o.campaign_id WHERE c.code = '"'"'E5-LAUNCH'"'"' ORDER BY o.cap NULLS FIRST LIMIT 1")
code="BENCH-${PHASE^^}-${TOPOLOGY^^}-$(date +%s)"
opens=$(date -u -d "-1 min" +%Y-%m-%dT%H:%M:%SZ); closes=$(date -u -d "+1 day" +%Y-%m-%dT%H:%M:%SZ)
curl -fsS -o /dev/null -X POST "$BASE_URL/api/v1/presale/campaigns" -H "Authorization: Bearer $secret" \
  -H "Content-Type: application/json" -d "{\"code\": \"$code\", \"nameZh\": \"压测预售\", \"nameEn\": \"Bench presale\",
  \"offers\": [{\"configurationCode\": \"$config\"}], \"quota\": '"$QUOTA"', \"opensAt\": \"$opens\",
  \"closesAt\": \"$closes\", \"deposit\": 5000, \"paymentWindowMinutes\": 15, \"perPersonLimit\": 1,
  \"idNumberRequired\": false, \"regionCodes\": [], \"cityCodes\": []}"
sleep 1
echo "LAUNCH=$code"
'

# shellcheck disable=SC2016
CHECK='
q() { psql -h 127.0.0.1 -U postgres -qtA -d "$DB" -c "$1"; }
id=$(q "SELECT id FROM presale_campaigns WHERE upper(code) = upper('"'"'$LAUNCH'"'"')")
# the lead capture is asynchronous (and yields while the launch is hot): wait until it has
# caught up with the participants, CAPTURE_WAIT seconds at most
# (no batch of participants waiting for the handover, every person handed over captured)
for i in $(seq 1 '"${CAPTURE_WAIT:-900}"'); do
  waiting=$(q "SELECT count(*) FROM presale_participant_batches WHERE campaign_id = '"'"'$id'"'"'")
  recorded=$(q "SELECT count(*) FROM presale_participants WHERE campaign_id = '"'"'$id'"'"'")
  captured=$(q "SELECT count(*) FROM lead_presale_participants WHERE campaign_id = '"'"'$id'"'"'")
  [ "$waiting" = 0 ] && [ "$recorded" = "$captured" ] && break
  sleep 1
done
live=$(q "SELECT count(*) FROM presale_reservations r JOIN presale_units u ON u.campaign_id = r.campaign_id
  AND u.slot = r.unit_slot AND u.reservation_id = r.id WHERE r.campaign_id = '"'"'$id'"'"'
  AND (r.status = '"'"'PAID'"'"' OR (r.status = '"'"'RESERVED'"'"' AND r.expires_at > now()))")
rows=$(q "SELECT count(*) FROM presale_reservations WHERE campaign_id = '"'"'$id'"'"' AND status IN ('"'"'RESERVED'"'"', '"'"'PAID'"'"')")
doubled=$(q "SELECT count(*) FROM (SELECT reservation_id FROM presale_units WHERE campaign_id = '"'"'$id'"'"'
  AND reservation_id IS NOT NULL GROUP BY reservation_id HAVING count(*) > 1) x")
twice=$(q "SELECT count(*) - count(DISTINCT phone_key) FROM lead_presale_participants WHERE campaign_id = '"'"'$id'"'"'")
echo "campaign $LAUNCH quota '"$QUOTA"': reserved (live+paid) $live, reservation rows live $rows,"\
" oversell $(( (rows > '"$QUOTA"' ? rows - '"$QUOTA"' : 0) + doubled ))"
echo "participants recorded $recorded (batches still waiting $waiting), leads captured $captured, captured twice $twice,"\
" lead capture $(awk -v c="$captured" -v r="$recorded" "BEGIN { printf \"%.2f%%\", (r > 0 ? 100 * c / r : 0) }")"
'

# bench/presale.sh check <campaign code>: the CHECK alone, against a campaign of an earlier run
if [ "${1:-}" = check ]; then
  LAUNCH=$2 exec bash -c "$CHECK"
fi

export SETUP CHECK
export TARGET_NAME=${TARGET_NAME:-'POST reservation (new participant)'}
export TARGET_METHOD=POST
export TARGET_PATH='/api/v1/presale/reservations'
export TARGET_BODY='{"campaignCode": "{LAUNCH}", "phone": "{phone}", "name": "压测", "consentMarketing": true}'
export TARGET_HEADER='User-Agent: HuaxiaApp/5.2.0 (Android 14; bench) okhttp/4.12.0
X-Participant-IP: {ip}
X-Device-Id: bench-{phone}'
exec bench/scale-out.sh
