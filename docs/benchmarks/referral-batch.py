#!/usr/bin/env python3
"""Benchmark: one agency transmission of N active-care referrals, end to end.

Start the application (demo on H2: ./mvnw spring-boot:run; or the postgres profile, see
docs/benchmarks.md), then: python3 docs/benchmarks/referral-batch.py [N] [user] [password] [source]
It posts N fresh referrals (Taipei, valid identity numbers) as one NDJSON transmission, then waits
until the job executor has run every agency step they started, and prints the time for the
transmission, for the asynchronous steps, per referral, and the server's resident memory.
Default: N=2000 (about a year of ex-officio birth registrations), user moi/demo, source
LOW_INCOME_DISABLED_PARENT — the longest chain of agency steps (six service systems, the platform,
the care-record matching, the district office letter) before the social worker's visit.
"""
import base64, datetime, json, random, subprocess, sys, time, urllib.request

BASE = 'http://localhost:8080'
n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
user = sys.argv[2] if len(sys.argv) > 2 else 'moi'
password = sys.argv[3] if len(sys.argv) > 3 else 'demo'
source = sys.argv[4] if len(sys.argv) > 4 else 'LOW_INCOME_DISABLED_PARENT'
auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()

def call(method, path, body=None, content_type='application/json'):
    req = urllib.request.Request(BASE + path, method=method, data=body.encode() if body else None)
    req.add_header('Authorization', auth)
    if body:
        req.add_header('Content-Type', content_type)
    with urllib.request.urlopen(req, timeout=3600) as r:
        return json.loads(r.read().decode() or 'null')

def national_id(serial):
    body = '2' + f'{serial:07d}'
    total = 1 + 0 * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))  # A = 10
    return 'A' + body + str((10 - total % 10) % 10)

start_serial = random.randrange(0, 9_000_000 - n)
born = str(datetime.date.today() - datetime.timedelta(days=200))
lines = [json.dumps({"source": source, "registeredCounty": "TPE", "registeredAddress": "臺北市中正區",
                     "child": {"nationalId": national_id(start_serial + i), "name": "測試兒童", "birthDate": born, "sex": "F"}},
                    ensure_ascii=False) for i in range(n)]
first_task = {'LOW_INCOME_DISABLED_PARENT': 'socialVisit', 'HOUSEHOLD_RELOCATION': 'relocationVisit'}.get(source)
def tasks():
    return call('GET', f'/engine-rest/task/count?taskDefinitionKey={first_task}')['count'] if first_task else 0
tasks_before = tasks()
t0 = time.monotonic()
answer = call('POST', f'/api/v1/active-care/referrals/batch?expected={n}', '\n'.join(lines) + '\n', 'application/x-ndjson')
t1 = time.monotonic()
# done when no agency step is left to run and (for a source with agency steps before its first task)
# every referral has reached that task
while call('GET', '/engine-rest/job/count?executable=true&messages=true')['count'] > 0 or tasks() - tasks_before < (n if first_task else 0):
    time.sleep(0.5)
t2 = time.monotonic()
rss = subprocess.run(['bash', '-c', "ps -o rss= -p $(pgrep -f [C]hildProtectionFlowApplication | head -1)"],
                     capture_output=True, text=True).stdout.strip()
print(f"referrals: {n}, accepted {answer['accepted']}, duplicates {answer['duplicates']}, rejected {len(answer['rejected'])}, complete {answer.get('complete')}")
print(f"transmission answered in {t1 - t0:.1f} s ({(t1 - t0) / n * 1000:.1f} ms per referral, {n / (t1 - t0):.0f} referrals/s)")
print(f"asynchronous agency steps done {t2 - t1:.1f} s later ({tasks() - tasks_before} cases at {first_task}); {n / (t2 - t0):.0f} referrals/s end to end")
print(f"server resident memory: {int(rss) // 1024 if rss else '?'} MiB")
