#!/usr/bin/env python3
"""Benchmark: one transmission of N active-care referrals processed in the background (issue 14 item 6).

Start the application (demo on H2: ./mvnw spring-boot:run; or the postgres profile, see
docs/benchmarks.md), then: BASE_URL=http://localhost:8080 python3 docs/benchmarks/large-transmission.py [N] [user] [password]
It posts N fresh referrals (Taipei, valid identity numbers, NHI_UNINSURED) as one NDJSON transmission,
which is answered 202 at once and judged by the engine's jobs (transmissionProcessing.bpmn); it polls
GET /api/v1/active-care/referrals/batch/{id} until the status is DONE and prints the time to the answer,
the time until every line was judged, the lines per second, and the server's resident memory now and at
its peak (VmHWM). Default: N=50000, user nhia/demo.
"""
import base64, datetime, json, os, random, subprocess, sys, time, urllib.request

BASE = os.environ.get('BASE_URL', 'http://localhost:8080')
n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
user = sys.argv[2] if len(sys.argv) > 2 else 'nhia'
password = sys.argv[3] if len(sys.argv) > 3 else 'demo'
auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()

def call(method, path, body=None, content_type='application/json'):
    req = urllib.request.Request(BASE + path, method=method, data=body.encode() if body else None)
    req.add_header('Authorization', auth)
    if body:
        req.add_header('Content-Type', content_type)
    with urllib.request.urlopen(req, timeout=3600) as r:
        return r.status, json.loads(r.read().decode() or 'null')

def national_id(serial):
    body = '2' + f'{serial:07d}'
    total = 1 + 0 * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))  # A = 10
    return 'A' + body + str((10 - total % 10) % 10)

def memory(field):
    pid = subprocess.run(['bash', '-c', "pgrep -f [C]hildProtectionFlowApplication | head -1"],
                         capture_output=True, text=True).stdout.strip()
    try:
        with open(f'/proc/{pid}/status') as status:
            return next(int(l.split()[1]) // 1024 for l in status if l.startswith(field + ':'))
    except (OSError, StopIteration):
        return '?'

start_serial = random.randrange(0, 9_000_000 - n)
born = str(datetime.date.today() - datetime.timedelta(days=400))
lines = [json.dumps({"source": "NHI_UNINSURED", "registeredCounty": "TPE", "registeredAddress": "臺北市中正區",
                     "child": {"nationalId": national_id(start_serial + i), "name": "測試兒童", "birthDate": born,
                               "sex": "F"}}, ensure_ascii=False) for i in range(n)]
body = '\n'.join(lines) + '\n'
print(f"body: {len(body.encode()) / 1024 / 1024:.1f} MiB, resident memory before: {memory('VmRSS')} MiB")
t0 = time.monotonic()
status, answer = call('POST', f'/api/v1/active-care/referrals/batch?expected={n}', body, 'application/x-ndjson')
t1 = time.monotonic()
print(f"answered {status} in {t1 - t0:.1f} s: {answer.get('status')}, transmission {answer.get('transmissionId')}")
while answer.get('status') == 'PROCESSING':
    time.sleep(5)
    _, answer = call('GET', f"/api/v1/active-care/referrals/batch/{answer['transmissionId']}")
    print(f"  {time.monotonic() - t0:7.0f} s: {answer['processed']} of {answer['received']} judged", flush=True)
t2 = time.monotonic()
print(f"lines: {n}, accepted {answer['accepted']}, duplicates {answer['duplicates']}, "
      f"rejected {len(answer['rejected'])}")
print(f"every line judged {t2 - t0:.0f} s after the post ({n / (t2 - t0):.0f} lines/s, "
      f"{(t2 - t0) / n * 1000:.1f} ms a line)")
print(f"server resident memory: {memory('VmRSS')} MiB now, {memory('VmHWM')} MiB at its peak")
